namespace AiciSandbox.Contract.Tests.Drift;

/// <summary>
/// One difference between the official contract and ours, e.g. subject <c>schema InputParticulierDTO.nomNaissance</c> and
/// change <c>maxLength: 100 → 80</c>. Its <see cref="Key"/> is stable text, listed as is in <c>x-intended-differences</c>.
/// </summary>
public sealed record ContractDifference(string Subject, string Change)
{
    public string Key => $"{Subject} {Change}";

    public override string ToString() => Key;

    public static ContractDifference Changed(string subject, string facet, string official, string ours) =>
        new(subject, $"{facet}: {official} → {ours}");
}
