namespace AiciSandbox.Conformance.Kit.Wire;

/// <summary>
/// What a judge found: nothing wrong, or a failure with its message and the exchanges that prove it. The one shape of
/// every verdict of the kit (wire judges and invoice verdicts alike); a step enforces it with
/// <see cref="Scenarios.ConformanceWorld.Require"/>.
/// </summary>
public sealed record Verdict(string? Failure, IReadOnlyList<WireExchange> Evidence)
{
    public static readonly Verdict Pass = new(null, []);

    public bool Passed => Failure is null;

    public static Verdict Fail(string failure, IEnumerable<WireExchange> evidence) => new(failure, evidence.ToList());

    /// <summary>Passes when <paramref name="holds"/>, otherwise fails with the message (built only then).</summary>
    public static Verdict When(bool holds, Func<string> failure, IEnumerable<WireExchange>? evidence = null) =>
        holds ? Pass : Fail(failure(), evidence ?? []);
}
