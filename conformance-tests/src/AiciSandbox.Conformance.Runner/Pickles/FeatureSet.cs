namespace AiciSandbox.Conformance.Runner.Pickles;

/// <summary>
/// The outcome of loading several feature files: the files that parsed and the errors of those that did not.
/// </summary>
public sealed record FeatureSet(IReadOnlyList<FeatureFile> Features, IReadOnlyList<GherkinParseError> Errors)
{
    /// <summary>Every runnable scenario of the parsed files, file by file, in source order.</summary>
    public IReadOnlyList<ScenarioDefinition> Scenarios => Features.SelectMany(f => f.Scenarios).ToArray();

    /// <summary>True when every file parsed.</summary>
    public bool Succeeded => Errors.Count == 0;
}
