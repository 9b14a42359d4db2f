namespace AiciSandbox.Conformance.Runner.Bindings;

/// <summary>Thrown when binding classes are invalid; lists every problem found, not only the first.</summary>
public sealed class BindingException(IReadOnlyList<string> problems)
    : Exception("Invalid bindings:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
{
    /// <summary>One line per problem, naming the type and method.</summary>
    public IReadOnlyList<string> Problems { get; } = problems;
}
