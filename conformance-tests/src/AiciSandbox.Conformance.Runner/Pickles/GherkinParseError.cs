namespace AiciSandbox.Conformance.Runner.Pickles;

/// <summary>
/// One syntax error found by the Gherkin parser in a feature file, at a 1-based line and column.
/// </summary>
/// <remarks><see cref="ToString"/> gives <c>file:line:column: message</c>, the form editors and CI logs link to.</remarks>
public sealed record GherkinParseError(string Uri, int Line, int Column, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Uri}:{Line}:{Column}: {Message}";
}
