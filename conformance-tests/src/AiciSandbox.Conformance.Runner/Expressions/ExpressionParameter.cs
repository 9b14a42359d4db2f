namespace AiciSandbox.Conformance.Runner.Expressions;

/// <summary>
/// One parameter of a step expression: the parameter type named in a Cucumber expression, or a regex group.
/// </summary>
/// <param name="TypeName">
/// The name between braces (<c>int</c>, <c>string</c>, an enum or transformation name, empty for <c>{}</c>), or null
/// for a group of a regular expression.
/// </param>
public sealed record ExpressionParameter(string? TypeName)
{
    /// <summary>True for <c>{string}</c>, whose matched text still has its quotes.</summary>
    public bool IsQuotedString => TypeName == BuiltInParameterTypes.String;

    /// <inheritdoc />
    public override string ToString() => TypeName is null ? "(regex group)" : $"{{{TypeName}}}";
}
