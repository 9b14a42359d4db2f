namespace AiciSandbox.Conformance.Runner.Tags;

/// <summary>
/// A Cucumber tag expression such as <c>@requis and not (@lent or @wip)</c>, evaluated against a scenario's tags.
/// </summary>
/// <remarks>
/// Immutable. Precedence is <c>not</c> over <c>and</c> over <c>or</c>, both binary operators being left-associative;
/// tags compare ordinally (case-sensitive) as in Cucumber. The empty expression selects everything.
/// </remarks>
public abstract record TagExpression
{
    /// <summary>The expression that selects every scenario.</summary>
    public static TagExpression Always { get; } = new AlwaysExpression();

    /// <summary>Parses an expression.</summary>
    /// <exception cref="TagExpressionException">The expression is malformed.</exception>
    public static TagExpression Parse(string expression) => TagExpressionParser.Parse(expression);

    /// <summary>True when a scenario with these tags is selected.</summary>
    public abstract bool Evaluate(IEnumerable<string> tags);

    private sealed record AlwaysExpression : TagExpression
    {
        public override bool Evaluate(IEnumerable<string> tags) => true;

        public override string ToString() => "true";
    }
}

/// <summary>A single tag: true when the scenario carries it.</summary>
public sealed record TagLiteral(string Tag) : TagExpression
{
    /// <inheritdoc />
    public override bool Evaluate(IEnumerable<string> tags) => tags.Contains(Tag, StringComparer.Ordinal);

    /// <inheritdoc />
    public override string ToString() => Tag;
}

/// <summary>Negation of an expression.</summary>
public sealed record NotExpression(TagExpression Operand) : TagExpression
{
    /// <inheritdoc />
    public override bool Evaluate(IEnumerable<string> tags) => !Operand.Evaluate(tags);

    /// <inheritdoc />
    public override string ToString() => $"not ( {Operand} )";
}

/// <summary>Both expressions hold.</summary>
public sealed record AndExpression(TagExpression Left, TagExpression Right) : TagExpression
{
    /// <inheritdoc />
    public override bool Evaluate(IEnumerable<string> tags) => Left.Evaluate(tags) && Right.Evaluate(tags);

    /// <inheritdoc />
    public override string ToString() => $"( {Left} and {Right} )";
}

/// <summary>Either expression holds.</summary>
public sealed record OrExpression(TagExpression Left, TagExpression Right) : TagExpression
{
    /// <inheritdoc />
    public override bool Evaluate(IEnumerable<string> tags) => Left.Evaluate(tags) || Right.Evaluate(tags);

    /// <inheritdoc />
    public override string ToString() => $"( {Left} or {Right} )";
}
