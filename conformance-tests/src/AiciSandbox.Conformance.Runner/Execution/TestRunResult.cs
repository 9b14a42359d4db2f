using AiciSandbox.Conformance.Runner.Pickles;

namespace AiciSandbox.Conformance.Runner.Execution;

/// <summary>
/// The outcome of a run: one result per scenario, in the order the scenarios were given, whatever the parallelism.
/// </summary>
public sealed record TestRunResult(
    IReadOnlyList<ScenarioResult> Scenarios,
    DateTimeOffset StartedAt,
    TimeSpan Duration,
    IReadOnlyList<string> RunHookErrors)
{
    /// <summary>True when every scenario passed and no test-run hook failed: the CI verdict.</summary>
    public bool Success => RunHookErrors.Count == 0 && Scenarios.All(s => s.Passed);

    /// <summary>The feature files the scenarios came from, in order of first appearance.</summary>
    public IReadOnlyList<FeatureFile> Features => Scenarios.Select(s => s.Scenario.Feature).Distinct().ToArray();

    /// <summary>How many scenarios ended with the given status.</summary>
    public int Count(ResultStatus status) => Scenarios.Count(s => s.Status == status);

    /// <summary>Distinct skeletons for every undefined step of the run, ready to paste into a binding class.</summary>
    public IReadOnlyList<string> UndefinedSnippets() => Scenarios.SelectMany(s => s.Steps)
        .Select(s => s.Snippet).OfType<string>().Distinct().ToArray();
}
