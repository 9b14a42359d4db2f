namespace AiciSandbox.Conformance.Runner.Expressions;

/// <summary>Thrown when a step expression is malformed or names an unknown parameter type.</summary>
public sealed class ExpressionException(string expression, string problem)
    : Exception($"Invalid step expression \"{expression}\": {problem}")
{
    /// <summary>The expression as written.</summary>
    public string Expression { get; } = expression;

    /// <summary>What is wrong with it.</summary>
    public string Problem { get; } = problem;
}
