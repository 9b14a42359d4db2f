using Microsoft.Extensions.DependencyInjection;

namespace AiciSandbox.Conformance.Runner.Execution;

/// <summary>How a <see cref="TestRun"/> runs: parallelism, the user's services, progress reporting and the clock.</summary>
public sealed record TestRunOptions
{
    /// <summary>How many scenarios may run at once (1 = one after the other).</summary>
    public int MaxDegreeOfParallelism { get; init; } = 1;

    /// <summary>
    /// Registers the user's services. Scoped services live for one scenario; singletons for the whole run.
    /// Binding classes, and the concrete classes their constructors ask for, are registered as scoped automatically.
    /// </summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    /// <summary>Told when each scenario starts and finishes; never called concurrently.</summary>
    public Action<ScenarioProgress>? OnProgress { get; init; }

    /// <summary>Measures step durations and stamps results; a fake one makes reports reproducible.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}

/// <summary>Whether a progress notice announces a start or a finish.</summary>
public enum ScenarioProgressKind
{
    /// <summary>The scenario is about to run.</summary>
    Started,

    /// <summary>The scenario has finished; <see cref="ScenarioProgress.Result"/> is set.</summary>
    Finished,
}

/// <summary>A progress notice for a command-line display: scenario <see cref="Index"/> (0-based) of <see cref="Total"/>.</summary>
public sealed record ScenarioProgress(
    ScenarioProgressKind Kind,
    Pickles.ScenarioDefinition Scenario,
    int Index,
    int Total,
    ScenarioResult? Result = null);
