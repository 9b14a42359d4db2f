using System.Reflection;

namespace AiciSandbox.Conformance.Runner.Bindings;

/// <summary>
/// Every step definition, transformation and hook found in a set of <c>[Binding]</c> classes, validated.
/// </summary>
/// <remarks>Immutable and thread-safe once built; one registry serves any number of runs.</remarks>
public sealed class BindingRegistry
{
    internal BindingRegistry(
        IReadOnlyList<Type> bindingTypes,
        IReadOnlyList<StepBinding> steps,
        IReadOnlyList<TransformBinding> transformations,
        IReadOnlyList<HookBinding> hooks)
    {
        BindingTypes = bindingTypes;
        Steps = steps;
        Transformations = transformations;
        Hooks = hooks;
    }

    /// <summary>The binding classes, ordered by full name.</summary>
    public IReadOnlyList<Type> BindingTypes { get; }

    /// <summary>One entry per step attribute.</summary>
    public IReadOnlyList<StepBinding> Steps { get; }

    /// <summary>Transformations, by ascending order.</summary>
    public IReadOnlyList<TransformBinding> Transformations { get; }

    /// <summary>Hooks, by ascending order then type and method name.</summary>
    public IReadOnlyList<HookBinding> Hooks { get; }

    /// <summary>Scans the public <c>[Binding]</c> classes of the assemblies.</summary>
    /// <exception cref="BindingException">A binding is invalid (every problem is listed).</exception>
    public static BindingRegistry FromAssemblies(params Assembly[] assemblies) =>
        FromTypes(assemblies.SelectMany(a => a.GetTypes()).Where(t => t.IsDefined(typeof(BindingAttribute), false)).ToArray());

    /// <summary>Builds a registry from the given <c>[Binding]</c> classes only.</summary>
    /// <exception cref="BindingException">A type is not a binding class, or a binding is invalid.</exception>
    public static BindingRegistry FromTypes(params Type[] types) => BindingScanner.Scan(types);

    /// <summary>The hooks of one kind, in the order they run.</summary>
    public IEnumerable<HookBinding> HooksOf(HookKind kind) => Hooks.Where(h => h.Kind == kind);

    /// <summary>The transformation registered under a name, if any.</summary>
    public TransformBinding? NamedTransformation(string name) => Transformations.FirstOrDefault(t => t.Name == name);
}
