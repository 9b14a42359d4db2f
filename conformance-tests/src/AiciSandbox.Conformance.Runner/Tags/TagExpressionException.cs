namespace AiciSandbox.Conformance.Runner.Tags;

/// <summary>Thrown when a tag expression cannot be parsed; <see cref="Position"/> is the 0-based offending offset.</summary>
public sealed class TagExpressionException(string expression, int position, string problem)
    : Exception($"Tag expression \"{expression}\" is invalid at position {position}: {problem}")
{
    /// <summary>The expression as given.</summary>
    public string Expression { get; } = expression;

    /// <summary>0-based character offset of the problem.</summary>
    public int Position { get; } = position;
}
