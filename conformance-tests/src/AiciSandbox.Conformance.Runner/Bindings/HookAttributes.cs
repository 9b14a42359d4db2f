namespace AiciSandbox.Conformance.Runner.Bindings;

/// <summary>
/// Marks a method run around scenarios or steps; with tags, only for scenarios whose tags satisfy one of them.
/// </summary>
/// <remarks>
/// Each tag string is a Cucumber tag expression (<c>"@slow"</c>, <c>"@a and not @b"</c>); several strings are
/// alternatives. Hooks run by ascending <see cref="Order"/> (default 10000), then by type and method name. Scenario and
/// step hooks are instance methods of binding classes; their parameters are resolved from the scenario's services.
/// </remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public abstract class HookAttribute(HookKind kind, string[] tags) : Attribute
{
    /// <summary>When the hook runs.</summary>
    public HookKind Kind { get; } = kind;

    /// <summary>Tag expressions, any of which selects the scenario; empty means every scenario.</summary>
    public IReadOnlyList<string> Tags { get; } = tags;

    /// <summary>Lower runs first.</summary>
    public int Order { get; set; } = StepArgumentTransformationAttribute.DefaultOrder;
}

/// <summary>Runs before each selected scenario, in its service scope.</summary>
public sealed class BeforeScenarioAttribute(params string[] tags) : HookAttribute(HookKind.BeforeScenario, tags);

/// <summary>Runs after each selected scenario, even when it failed.</summary>
public sealed class AfterScenarioAttribute(params string[] tags) : HookAttribute(HookKind.AfterScenario, tags);

/// <summary>Runs before each step that is executed.</summary>
public sealed class BeforeStepAttribute(params string[] tags) : HookAttribute(HookKind.BeforeStep, tags);

/// <summary>Runs after each step that was executed, even when it failed.</summary>
public sealed class AfterStepAttribute(params string[] tags) : HookAttribute(HookKind.AfterStep, tags);

/// <summary>Runs once before any scenario of a run; the method must be static and parameterless.</summary>
public sealed class BeforeTestRunAttribute() : HookAttribute(HookKind.BeforeTestRun, []);

/// <summary>Runs once after every scenario of a run; the method must be static and parameterless.</summary>
public sealed class AfterTestRunAttribute() : HookAttribute(HookKind.AfterTestRun, []);

/// <summary>When a hook runs.</summary>
public enum HookKind
{
    /// <summary>Once, before the first scenario.</summary>
    BeforeTestRun,

    /// <summary>Before each scenario.</summary>
    BeforeScenario,

    /// <summary>Before each executed step.</summary>
    BeforeStep,

    /// <summary>After each executed step.</summary>
    AfterStep,

    /// <summary>After each scenario.</summary>
    AfterScenario,

    /// <summary>Once, after the last scenario.</summary>
    AfterTestRun,
}
