namespace AiciSandbox.Conformance.Runner.Bindings;

/// <summary>
/// Marks a class whose public methods are step definitions, step argument transformations or hooks.
/// </summary>
/// <remarks>
/// A binding class is resolved from the scenario's service scope, so its constructor may ask for scenario-scoped
/// context objects (created once per scenario, shared with the other binding classes, disposed at its end).
/// </remarks>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class BindingAttribute : Attribute;
