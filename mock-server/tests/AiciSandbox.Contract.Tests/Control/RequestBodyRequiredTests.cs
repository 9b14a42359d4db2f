using System.Text.Json.Nodes;
using AiciSandbox.Contract.Tests.Drift;

namespace AiciSandbox.Contract.Tests.Control;

/// <summary>
/// The committed control document lists as <c>required</c> only the request-body fields a call cannot do without
/// (Microsoft.AspNetCore.OpenApi marked every record parameter required; Docs/RequiredFromNullability.cs decides instead).
/// </summary>
public sealed class RequestBodyRequiredTests
{
    private static readonly JsonNode Document = YamlJson.Parse(File.ReadAllText(
        Path.Combine(ContractFiles.RepoRoot, "openapi", "sandbox-control.v1.yaml")));

    public static TheoryData<string, string, string[]> Bodies => new()
    {
        { "post", "/sandbox/v1/tenants", [] },                   // label and clock have defaults
        { "post", "/sandbox/v1/reset", [] },
        { "post", "/sandbox/v1/snapshots", [] },
        { "post", "/sandbox/v1/clock/advance", [] },             // exactly one of duration, to, next: none of them alone
        { "post", "/sandbox/v1/clock/mode", ["mode"] },          // speed has a default
        { "post", "/sandbox/v1/faults", [] },                    // operation: any, kind: status, count: 1
        { "put", "/sandbox/v1/rate-limits", [] },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void RequestBody_RequiresOnlyWhatTheCallCannotDoWithout(string method, string path, string[] required)
    {
        var schema = Document["paths"]![path]![method]!["requestBody"]!["content"]!["application/json"]!["schema"]!;

        Required(schema).Should().BeEquivalentTo(required);
        foreach (var (name, property) in schema["properties"]!.AsObject())
            if (property?["properties"] is not null) Required(property).Should().BeEmpty($"{path}: {name}'s fields all have defaults");
    }

    [Fact]
    public void AMotif_RequiresItsCode_NotItsComment()
    {
        var motifs = Document["paths"]!.AsObject()
            .Where(p => p.Key.EndsWith("/contestation", StringComparison.Ordinal) || p.Key.EndsWith("/annulation", StringComparison.Ordinal))
            .Select(p => p.Value!["post"]!["requestBody"]!["content"]!["application/json"]!["schema"]!)
            .ToList();

        motifs.Should().NotBeEmpty();
        motifs.Should().AllSatisfy(schema => Required(schema).Should().Equal("code"));
    }

    private static IEnumerable<string> Required(JsonNode schema) =>
        schema["required"]?.AsArray().Select(n => n!.GetValue<string>()) ?? [];
}
