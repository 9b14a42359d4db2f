using System.Text;
using System.Text.Json.Nodes;

namespace AiciSandbox.Contract.Tests.Drift;

/// <summary>
/// The outcome of checking our contract against the official one: differences our list does not explain, and listed
/// differences that no longer occur. Clean means the two sets match exactly.
/// </summary>
public sealed record DriftReport(IReadOnlyList<string> Unlisted, IReadOnlyList<string> Stale)
{
    public bool IsClean => Unlisted.Count == 0 && Stale.Count == 0;

    /// <summary>A failure message; unlisted keys are printed ready to paste into <c>x-intended-differences</c>.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        if (Unlisted.Count > 0)
        {
            text.AppendLine($"{Unlisted.Count} difference(s) from Swagger 1.29.1 are not listed in {IntendedDifference.Extension} "
                + "(list them with a reason and a decision, or fix the YAML):");
            foreach (var key in Unlisted) text.AppendLine($"      - '{key.Replace("'", "''", StringComparison.Ordinal)}'");
        }
        if (Stale.Count > 0)
        {
            text.AppendLine($"{Stale.Count} listed difference(s) no longer occur (remove them from {IntendedDifference.Extension}):");
            foreach (var key in Stale) text.AppendLine($"      - '{key.Replace("'", "''", StringComparison.Ordinal)}'");
        }
        return IsClean ? "No drift." : text.ToString();
    }
}

/// <summary>Compares our contract with the official Swagger and checks the result against our intended-differences list.</summary>
public static class DriftCheck
{
    public static DriftReport Run(JsonNode officialSwagger, JsonNode ourContract)
    {
        var found = ContractComparer.Compare(ContractReader.Read(officialSwagger), ContractReader.Read(ourContract))
            .Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        var listed = IntendedDifference.ReadAll(ourContract).SelectMany(e => e.Keys).ToHashSet(StringComparer.Ordinal);
        return new DriftReport(
            [.. found.Except(listed).Order(StringComparer.Ordinal)],
            [.. listed.Except(found).Order(StringComparer.Ordinal)]);
    }
}
