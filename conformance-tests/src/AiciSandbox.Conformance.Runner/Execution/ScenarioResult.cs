using AiciSandbox.Conformance.Runner.Pickles;

namespace AiciSandbox.Conformance.Runner.Execution;

/// <summary>
/// The outcome of one scenario: its status, every step and scenario hook with timings, and its attachments.
/// </summary>
/// <remarks>
/// The status is the first non-passing step's (Failed, Undefined or Ambiguous), Failed when a scenario hook failed,
/// Skipped when the run was cancelled before the scenario started, Passed otherwise.
/// </remarks>
public sealed record ScenarioResult(
    ScenarioDefinition Scenario,
    ResultStatus Status,
    DateTimeOffset StartedAt,
    TimeSpan Duration,
    IReadOnlyList<StepResult> Steps,
    IReadOnlyList<HookResult> Hooks,
    IReadOnlyList<ScenarioAttachment> Attachments,
    string? ErrorMessage)
{
    /// <summary>The scenario title.</summary>
    public string Name => Scenario.Name;

    /// <summary>The feature title.</summary>
    public string FeatureName => Scenario.FeatureName;

    /// <summary>The feature file's uri.</summary>
    public string Uri => Scenario.Uri;

    /// <summary>The scenario's line (the Examples row for an outline).</summary>
    public int Line => Scenario.Line;

    /// <summary>Tags, inherited ones included.</summary>
    public IReadOnlyList<string> Tags => Scenario.Tags;

    /// <summary>True when the scenario passed.</summary>
    public bool Passed => Status == ResultStatus.Passed;

    /// <summary>The first step that did not pass and was not merely skipped, if any.</summary>
    public StepResult? FailedStep => Steps.FirstOrDefault(s => s.Status is not (ResultStatus.Passed or ResultStatus.Skipped));
}
