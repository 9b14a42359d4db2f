using System.Reflection;
using AiciSandbox.Conformance.Runner.Tags;

namespace AiciSandbox.Conformance.Runner.Bindings;

/// <summary>
/// One hook: a method run before or after scenarios, steps or the whole run, possibly limited by tag expressions.
/// </summary>
public sealed class HookBinding
{
    internal HookBinding(Type bindingType, MethodInfo method, HookAttribute attribute, IReadOnlyList<TagExpression> tags)
    {
        BindingType = bindingType;
        Method = method;
        Kind = attribute.Kind;
        Order = attribute.Order;
        Tags = tags;
        TagSource = attribute.Tags;
    }

    /// <summary>The binding class (for instance hooks, resolved from the scenario's services).</summary>
    public Type BindingType { get; }

    /// <summary>The hook method.</summary>
    public MethodInfo Method { get; }

    /// <summary>When it runs.</summary>
    public HookKind Kind { get; }

    /// <summary>Lower runs first.</summary>
    public int Order { get; }

    /// <summary>The tag expressions; the hook runs when any holds, or always when there is none.</summary>
    public IReadOnlyList<TagExpression> Tags { get; }

    /// <summary>The tag expressions as written.</summary>
    public IReadOnlyList<string> TagSource { get; }

    /// <summary><c>Type.Method</c>.</summary>
    public string Name => $"{BindingType.Name}.{Method.Name}";

    /// <summary>True when the hook applies to a scenario with these tags.</summary>
    public bool Selects(IReadOnlyCollection<string> scenarioTags) => Tags.Count == 0 || Tags.Any(t => t.Evaluate(scenarioTags));

    /// <inheritdoc />
    public override string ToString() => $"[{Kind}] {Name}";
}
