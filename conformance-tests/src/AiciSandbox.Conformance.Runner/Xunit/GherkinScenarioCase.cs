using AiciSandbox.Conformance.Runner.Pickles;
using Xunit.Abstractions;

namespace AiciSandbox.Conformance.Runner.Xunit;

/// <summary>
/// One scenario as an xunit theory case: the feature file and the pickle's position in it, serializable so the test
/// explorer lists one test per scenario, shown as "Feature — Scenario title".
/// </summary>
/// <remarks>
/// The file path is kept relative to the test assembly's folder when it lies under it, so discovery and execution
/// agree across machines. <see cref="Load"/> re-reads the file and checks the scenario is still the one discovered.
/// </remarks>
public sealed class GherkinScenarioCase : IXunitSerializable
{
    /// <summary>Used by the xunit deserializer only.</summary>
    [Obsolete("Called by the xunit deserializer; use GherkinScenarioSource.")]
    public GherkinScenarioCase()
    {
    }

    internal GherkinScenarioCase(string featurePath, ScenarioDefinition scenario)
    {
        FeaturePath = featurePath;
        Index = scenario.Index;
        FeatureName = scenario.FeatureName;
        Title = scenario.Name;
    }

    /// <summary>The feature file, relative to the test assembly folder when possible.</summary>
    public string FeaturePath { get; private set; } = "";

    /// <summary>Position of the pickle in the file.</summary>
    public int Index { get; private set; }

    /// <summary>The feature title at discovery.</summary>
    public string FeatureName { get; private set; } = "";

    /// <summary>The scenario title at discovery.</summary>
    public string Title { get; private set; } = "";

    /// <summary>Parses the feature file again and returns this scenario.</summary>
    /// <exception cref="GherkinParseException">The file no longer parses.</exception>
    /// <exception cref="InvalidOperationException">The file changed since discovery.</exception>
    public ScenarioDefinition Load()
    {
        var full = Path.IsPathRooted(FeaturePath) ? FeaturePath : Path.Combine(AppContext.BaseDirectory, FeaturePath);
        var feature = new FeatureLoader().Parse(File.ReadAllText(full), FeaturePath);
        var scenario = feature.Scenarios.ElementAtOrDefault(Index);
        return scenario is not null && scenario.Name == Title
            ? scenario
            : throw new InvalidOperationException($"{FeaturePath} changed since discovery: scenario #{Index} is no longer '{Title}'. Rebuild to rediscover.");
    }

    /// <inheritdoc />
    public void Deserialize(IXunitSerializationInfo info)
    {
        FeaturePath = info.GetValue<string>(nameof(FeaturePath));
        Index = info.GetValue<int>(nameof(Index));
        FeatureName = info.GetValue<string>(nameof(FeatureName));
        Title = info.GetValue<string>(nameof(Title));
    }

    /// <inheritdoc />
    public void Serialize(IXunitSerializationInfo info)
    {
        info.AddValue(nameof(FeaturePath), FeaturePath);
        info.AddValue(nameof(Index), Index);
        info.AddValue(nameof(FeatureName), FeatureName);
        info.AddValue(nameof(Title), Title);
    }

    /// <summary>"Feature — Scenario title", the name the test explorer shows.</summary>
    public override string ToString() => $"{FeatureName} — {Title}";
}
