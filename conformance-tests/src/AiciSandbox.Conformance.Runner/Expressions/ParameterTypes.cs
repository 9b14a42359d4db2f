using CucumberExpressions;

namespace AiciSandbox.Conformance.Runner.Expressions;

/// <summary>
/// The parameter types a Cucumber expression may name, as <c>Cucumber.CucumberExpressions</c> looks them up: the built-in
/// ones (<see cref="BuiltInParameterTypes"/>), then those the bindings define (named transformations, enums).
/// </summary>
/// <remarks>One instance per expression: <paramref name="resolve"/> is told the position of each parameter in turn.</remarks>
internal sealed class ParameterTypes(Func<string, int, string?>? resolve) : IParameterTypeRegistry
{
    private int _position;

    public IParameterType? LookupByTypeName(string name)
    {
        var position = _position++;
        var pattern = BuiltInParameterTypes.Patterns.TryGetValue(name, out var builtIn) ? builtIn : resolve?.Invoke(name, position);
        return pattern is null ? null : new NamedPattern(name, name == BuiltInParameterTypes.String ? BuiltInParameterTypes.StringAlternatives : [pattern]);
    }

    public IEnumerable<IParameterType> GetParameterTypes() =>
        BuiltInParameterTypes.Patterns.Select(p => new NamedPattern(p.Key, [p.Value]));

    private sealed record NamedPattern(string Name, string[] RegexStrings) : IParameterType
    {
        public Type ParameterType => typeof(object);

        public int Weight => 0;

        public bool UseForSnippets => false;
    }
}
