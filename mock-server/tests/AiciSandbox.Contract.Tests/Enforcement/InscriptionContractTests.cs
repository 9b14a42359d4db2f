using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AiciSandbox.Contract.Tests.Drift;
using AiciSandbox.Testing;
using CsCheck;

namespace AiciSandbox.Contract.Tests.Enforcement;

/// <summary>
/// Generated from <c>openapi/urssaf-tiers-prestation.v1.yaml</c>: for every constraint of <c>InputParticulierDTO</c>
/// (required, pattern, minLength, maxLength, enum, format), requests whose field satisfies it must not be refused for that
/// field, and requests that break it must be refused with <c>ERREUR_VALIDATION</c> naming that field — the sandbox
/// enforces what the contract says, nothing more (satisfying values pass) and nothing less (breaking values fail). Where
/// the contract gives a field its own error code (<c>ERR_COORDONNEES_BANCAIRES</c>, <c>ERREUR_LIEU_NAISSANCE_*</c> in the
/// field's description), that code counts as naming the field.
/// Values come from CsCheck generators; the rest of each request is a valid inscription (Bogus <c>fr</c>). The other
/// operations' bodies are checked the same way with the shared <see cref="ConstraintCheck"/>; the inscription keeps its own
/// values (a valid value of the template moved on one side only), since its fields' cross rules (birth place, bank details)
/// refuse most random values of a field for another reason.
/// </summary>
public sealed class InscriptionContractTests : IAsyncLifetime
{
    private const int Samples = 12;

    private static readonly JsonNode Contract = ContractFiles.LoadOurContract();

    public static readonly IReadOnlyList<SchemaConstraint> Constraints = SchemaConstraints.Of(Contract, "InputParticulierDTO", "inputParticulier");

    private readonly SandboxHost host = new();
    private SandboxApi api = null!;

    public async Task InitializeAsync() => api = await SandboxApi.CreateAsync(host.CreateClient());

    public async Task DisposeAsync() => await host.DisposeAsync();

    public static TheoryData<string> ConstraintNames => new(Constraints.Select(c => c.ToString()));

    [Fact]
    public void TheContract_HasEveryKindOfConstraint() =>
        Constraints.Select(c => c.Kind).Distinct().Should().BeEquivalentTo(SchemaConstraints.Kinds);

    [Theory]
    [MemberData(nameof(ConstraintNames))]
    public async Task ARequestSatisfyingTheConstraint_IsNotRefusedForTheField_AndOneBreakingIt_Is(string name)
    {
        var constraint = Constraints.Single(c => c.ToString() == name);
        var (satisfying, breaking) = Generators(constraint);

        await satisfying.SampleAsync(async value => await Accepts(constraint, value), iter: Samples, threads: 1);
        await breaking.SampleAsync(async value => await Refuses(constraint, value), iter: Samples, threads: 1);
    }

    /// <summary>Values of the field that satisfy the constraint, and values that break it (null: the field is absent).</summary>
    private static (Gen<JsonNode?> Satisfying, Gen<JsonNode?> Breaking) Generators(SchemaConstraint c)
    {
        var valid = Gen.Const(0).Select(_ => Field(TestData.Particulier(), c.Pointer)?.DeepClone());
        return c.Kind switch
        {
            "required" => (valid, Gen.Const(() => (JsonNode?)null)),
            "enum" => (Gen.Int[0, c.Value!.AsArray().Count - 1].Select(i => Text(c.Value!.AsArray()[i]!.GetValue<string>())),
                Gen.String[0, 8].Where(s => !c.Value!.AsArray().Any(v => v!.GetValue<string>() == s)).Select(Text)),
            "maxLength" => (valid, valid.Select(v => Text(ConstraintValues.Pad(v?.GetValue<string>() ?? "A", Number(c.Value!) + 1)))),
            "minLength" => (valid, Gen.Const(() => Text(""))),
            "pattern" => (valid, Gen.String[1, 30].Where(s => !Regex.IsMatch(s, c.Value!.GetValue<string>())).Select(Text)),
            "format" => (valid, ConstraintValues.NotADate(c.Value!.GetValue<string>()).Select(Text)),
            _ => throw new ArgumentOutOfRangeException(nameof(c), c.Kind, "unknown constraint"),
        };
    }

    private async Task Accepts(SchemaConstraint c, JsonNode? value)
    {
        var answer = await Send(c, value);
        var refusals = await FieldRefusals(answer, c);
        refusals.Should().BeEmpty($"{c} is satisfied by {value?.ToJsonString() ?? "absent"} (answer {(int)answer.StatusCode})");
    }

    private async Task Refuses(SchemaConstraint c, JsonNode? value)
    {
        var answer = await Send(c, value);
        var body = await answer.Content.ReadAsStringAsync();
        answer.StatusCode.Should().Be(HttpStatusCode.BadRequest, $"{c} is broken by {value?.ToJsonString() ?? "absent"}: {body}");
        (await FieldRefusals(answer, c)).Should().NotBeEmpty($"the ERREUR_VALIDATION names {c.Path} for {value?.ToJsonString() ?? "absent"}: {body}");
    }

    private Task<HttpResponseMessage> Send(SchemaConstraint c, JsonNode? value)
    {
        var body = TestData.Particulier();
        var parent = (JsonObject)c.Pointer.SkipLast(1).Aggregate((JsonNode)body, (node, key) => node[key]!);
        if (value is null) parent.Remove(c.Pointer[^1]);
        else parent[c.Pointer[^1]] = value;
        return api.PostJsonAsync($"{SandboxApi.Urssaf}/particulier", body);
    }

    /// <summary>The refusals that concern the field: an ERREUR_VALIDATION naming it, or one of the field's own codes.</summary>
    private static async Task<IReadOnlyList<string>> FieldRefusals(HttpResponseMessage answer, SchemaConstraint c)
    {
        if (answer.StatusCode != HttpStatusCode.BadRequest) return [];
        var errors = JsonNode.Parse(await answer.Content.ReadAsStringAsync()) as JsonArray ?? [];
        return errors.Select(e => (Code: e?["code"]?.GetValue<string>() ?? "", Description: e?["description"]?.GetValue<string>() ?? ""))
            .Where(e => e.Code == "ERREUR_VALIDATION"
                ? e.Description.StartsWith($"champ {c.Path} ", StringComparison.Ordinal)
                : c.Codes.Contains(e.Code))
            .Select(e => $"{e.Code}: {e.Description}")
            .ToList();
    }

    private static JsonNode? Field(JsonObject body, IReadOnlyList<string> pointer) =>
        pointer.Aggregate((JsonNode?)body, (node, key) => node?[key]);

    private static JsonNode? Text(string value) => JsonValue.Create(value);

    private static int Number(JsonNode value) => int.Parse(value.ToString(), CultureInfo.InvariantCulture);
}
