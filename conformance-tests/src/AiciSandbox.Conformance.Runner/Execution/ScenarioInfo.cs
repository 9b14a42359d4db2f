using AiciSandbox.Conformance.Runner.Pickles;

namespace AiciSandbox.Conformance.Runner.Execution;

/// <summary>
/// The scenario being run, injectable into binding and context classes (its title, tags, and the run's cancellation).
/// </summary>
/// <remarks>One instance per scenario scope; there is deliberately no static "current scenario".</remarks>
public sealed class ScenarioInfo(ScenarioDefinition scenario, CancellationToken cancellation)
{
    /// <summary>The scenario definition (pickle, feature, steps).</summary>
    public ScenarioDefinition Scenario { get; } = scenario;

    /// <summary>The scenario title.</summary>
    public string Title => Scenario.Name;

    /// <summary>The feature title.</summary>
    public string FeatureName => Scenario.FeatureName;

    /// <summary>The scenario's tags, inherited ones included.</summary>
    public IReadOnlyList<string> Tags => Scenario.Tags;

    /// <summary>Signalled when the run is cancelled; pass it to I/O calls.</summary>
    public CancellationToken Cancellation { get; } = cancellation;
}

/// <summary>Holds the scope's <see cref="ScenarioInfo"/> until the scope is disposed.</summary>
internal sealed class ScenarioSlot
{
    public ScenarioInfo? Info { get; set; }
}
