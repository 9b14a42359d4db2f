using System.Reflection;
using System.Text.RegularExpressions;

namespace AiciSandbox.Conformance.Runner.Bindings;

/// <summary>
/// One step argument transformation: a method that turns matching text (or a table) into a value of its return type.
/// </summary>
public sealed class TransformBinding
{
    private readonly Regex? _regex;

    internal TransformBinding(Type bindingType, MethodInfo method, StepArgumentTransformationAttribute attribute, Regex? regex)
    {
        BindingType = bindingType;
        Method = method;
        Name = attribute.Name;
        Order = attribute.Order;
        Source = attribute.Regex;
        _regex = regex;
    }

    /// <summary>The binding class the method is called on.</summary>
    public Type BindingType { get; }

    /// <summary>The transformation method.</summary>
    public MethodInfo Method { get; }

    /// <summary>The parameter type name usable as <c>{Name}</c>, if any.</summary>
    public string? Name { get; }

    /// <summary>Lower wins when several transformations match.</summary>
    public int Order { get; }

    /// <summary>The regular expression as written, or null.</summary>
    public string? Source { get; }

    /// <summary>The type produced.</summary>
    public Type ReturnType => Method.ReturnType;

    /// <summary>True when the method converts a step's <see cref="DataTable"/>.</summary>
    public bool ConvertsTable => Method.GetParameters() is [{ } only] && only.ParameterType == typeof(DataTable) && Source is null;

    /// <summary>The regex fragment used when an expression names this transformation.</summary>
    public string Fragment => Source is null ? ".*" : Source.TrimStart('^').TrimEnd('$');

    /// <summary><c>Type.Method</c>.</summary>
    public string DisplayName => $"{BindingType.Name}.{Method.Name}";

    /// <summary>The texts to pass to the method's parameters (its groups, or the whole text), or null if no match.</summary>
    public IReadOnlyList<string>? Match(string text)
    {
        if (_regex is null) return [text];
        var match = _regex.Match(text);
        if (!match.Success) return null;
        var groups = _regex.GetGroupNumbers().Where(n => n > 0).ToArray();
        return groups.Length == 0 ? [text] : groups.Select(n => match.Groups[n].Value).ToArray();
    }

    /// <summary>Number of texts <see cref="Match"/> yields.</summary>
    internal int ArgumentCount => _regex is null ? 1 : Math.Max(1, _regex.GetGroupNumbers().Count(n => n > 0));
}
