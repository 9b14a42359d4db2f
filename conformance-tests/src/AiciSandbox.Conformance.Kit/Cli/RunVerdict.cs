using AiciSandbox.Conformance.Runner.Execution;

namespace AiciSandbox.Conformance.Kit.Cli;

/// <summary>
/// The gate's verdict on a run: every failure is a new one unless the expected-failures list names it; a listed scenario
/// that passes is reported so that the list can shrink, without failing the gate.
/// </summary>
public sealed record RunVerdict(
    IReadOnlyList<ScenarioResult> Passed,
    IReadOnlyList<ScenarioResult> UnexpectedFailures,
    IReadOnlyList<(ScenarioResult Scenario, string Reason)> ExpectedFailures,
    IReadOnlyList<ScenarioResult> NowPassing,
    IReadOnlyList<string> RunErrors)
{
    public bool Success => UnexpectedFailures.Count == 0 && RunErrors.Count == 0;

    public static RunVerdict Of(TestRunResult run, ExpectedFailures expected)
    {
        var failed = run.Scenarios.Where(s => !s.Passed).ToList();
        return new RunVerdict(
            run.Scenarios.Where(s => s.Passed).ToList(),
            failed.Where(s => expected.ReasonFor(s) is null).ToList(),
            failed.Where(s => expected.ReasonFor(s) is not null).Select(s => (s, expected.ReasonFor(s)!)).ToList(),
            run.Scenarios.Where(s => s.Passed && expected.ReasonFor(s) is not null).ToList(),
            run.RunHookErrors);
    }
}
