using Io.Cucumber.Messages.Types;

namespace AiciSandbox.Conformance.Runner.Pickles;

/// <summary>
/// One runnable scenario: a compiled <see cref="Io.Cucumber.Messages.Types.Pickle"/> with the feature it came from.
/// </summary>
/// <remarks>
/// Background steps are already prepended, each Examples row of an outline is its own scenario with its placeholders
/// filled in, and tags are merged from feature, rule, scenario and examples: all of this is the pickle compiler's work.
/// </remarks>
public sealed class ScenarioDefinition
{
    internal ScenarioDefinition(FeatureFile feature, Pickle pickle, int index, IReadOnlyList<ScenarioStep> steps)
    {
        Feature = feature;
        Pickle = pickle;
        Index = index;
        Steps = steps;
        Tags = pickle.Tags.Select(t => t.Name).ToArray();
    }

    /// <summary>The feature file holding this scenario.</summary>
    public FeatureFile Feature { get; }

    /// <summary>The compiled pickle, as the Cucumber messages schema defines it.</summary>
    public Pickle Pickle { get; }

    /// <summary>Position of the pickle in its feature file (0-based), stable for a given file content.</summary>
    public int Index { get; }

    /// <summary>The scenario title (outline placeholders filled in).</summary>
    public string Name => Pickle.Name;

    /// <summary>The feature title.</summary>
    public string FeatureName => Feature.Name;

    /// <summary>The feature file's uri.</summary>
    public string Uri => Feature.Uri;

    /// <summary>Line of the scenario, or of its Examples row for an outline.</summary>
    public int Line => (int)(Pickle.Location?.Line ?? 0);

    /// <summary>Tag names with their <c>@</c>, inherited ones included.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>The steps to run, in order.</summary>
    public IReadOnlyList<ScenarioStep> Steps { get; }

    /// <summary>"Feature — Scenario".</summary>
    public override string ToString() => $"{FeatureName} — {Name}";
}
