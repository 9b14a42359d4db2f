namespace AiciSandbox.Conformance.Kit.Wire;

/// <summary>What a judge found: nothing wrong, or a failure with its message and the exchanges that prove it.</summary>
public sealed record Verdict(string? Failure, IReadOnlyList<WireExchange> Evidence)
{
    public static readonly Verdict Pass = new(null, []);

    public bool Passed => Failure is null;

    public static Verdict Fail(string failure, IEnumerable<WireExchange> evidence) => new(failure, evidence.ToList());
}
