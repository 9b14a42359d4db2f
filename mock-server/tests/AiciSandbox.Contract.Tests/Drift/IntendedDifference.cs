using System.Text.Json.Nodes;
using static AiciSandbox.Contract.Tests.Drift.SchemaReader;

namespace AiciSandbox.Contract.Tests.Drift;

/// <summary>
/// One entry of our contract's <c>x-intended-differences</c>: a deliberate departure from the Swagger 1.29.1, with the
/// decision it follows (D1–D15 of the facts, or another stated ground), the reason, and the difference keys it covers.
/// </summary>
/// <param name="Editorial">True for text-only changes the comparer cannot see; such an entry lists no keys.</param>
public sealed record IntendedDifference(string Id, string Decision, string Reason, bool Editorial, IReadOnlyList<string> Keys)
{
    public const string Extension = "x-intended-differences";

    /// <summary>Reads the list from the root of our contract (empty when the extension is missing).</summary>
    public static IReadOnlyList<IntendedDifference> ReadAll(JsonNode contract) =>
        contract[Extension] is JsonArray entries ? [.. entries.OfType<JsonNode>().Select(Read)] : [];

    private static IntendedDifference Read(JsonNode entry) => new(
        Text(entry["id"]) ?? "",
        Text(entry["decision"]) ?? "",
        Text(entry["reason"]) ?? "",
        Text(entry["editorial"]) == "true",
        entry["differences"] is JsonArray keys ? [.. keys.Select(Text).OfType<string>()] : []);
}
