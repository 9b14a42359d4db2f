namespace AiciSandbox.Conformance.Runner.Pickles;

/// <summary>
/// Thrown when a feature file cannot be parsed; carries every error the parser found in that file.
/// </summary>
public sealed class GherkinParseException(IReadOnlyList<GherkinParseError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    /// <summary>All syntax errors of the file, in the parser's order.</summary>
    public IReadOnlyList<GherkinParseError> Errors { get; } = errors;
}
