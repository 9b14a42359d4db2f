using AiciSandbox.Conformance.Runner.Bindings;
using AiciSandbox.Conformance.Runner.Pickles;

namespace AiciSandbox.Conformance.Runner.Execution;

/// <summary>
/// The outcome of one step: its status, how long it took, the definition used and, when it did not pass, why.
/// </summary>
/// <param name="Step">The step as written.</param>
/// <param name="Status">Passed, Failed, Undefined, Ambiguous or Skipped.</param>
/// <param name="StartedAt">When it started (from the run's time provider).</param>
/// <param name="Duration">Time spent in the step and its step hooks (zero if not run).</param>
/// <param name="Binding">The matching definition, if one was found.</param>
/// <param name="ErrorMessage">Why it failed, or the undefined/ambiguous explanation.</param>
/// <param name="Exception">The exception thrown by step code, if any.</param>
/// <param name="Snippet">For an undefined step, a step definition to paste.</param>
/// <param name="Candidates">For an ambiguous step, every definition that matched.</param>
public sealed record StepResult(
    ScenarioStep Step,
    ResultStatus Status,
    DateTimeOffset StartedAt,
    TimeSpan Duration,
    StepBinding? Binding = null,
    string? ErrorMessage = null,
    Exception? Exception = null,
    string? Snippet = null,
    IReadOnlyList<StepBinding>? Candidates = null);

/// <summary>The outcome of one BeforeScenario or AfterScenario hook.</summary>
public sealed record HookResult(
    HookBinding Hook,
    ResultStatus Status,
    DateTimeOffset StartedAt,
    TimeSpan Duration,
    string? ErrorMessage = null,
    Exception? Exception = null);
