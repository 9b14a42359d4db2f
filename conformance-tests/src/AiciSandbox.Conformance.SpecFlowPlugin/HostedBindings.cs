using System.Text.RegularExpressions;
using AiciSandbox.Conformance.Runner.Bindings;
using TechTalk.SpecFlow.Bindings;
using TechTalk.SpecFlow.Bindings.Reflection;

namespace AiciSandbox.Conformance.SpecFlowPlugin;

/// <summary>
/// A runner step definition seen by SpecFlow: its regular expression for matching, and a method signature of one
/// <c>object</c> parameter per group (plus the table or doc string). The arguments SpecFlow extracts are not used:
/// <see cref="HostedBindingInvoker"/> lets the runner convert the step's own text, exactly as the command line does.
/// </summary>
public sealed class HostedStepBinding : StepDefinitionBinding
{
    private HostedStepBinding(TechTalk.SpecFlow.Bindings.StepDefinitionType type, Regex regex, IBindingMethod method, StepBinding step)
        : base(type, regex, method, null) => Step = step;

    /// <summary>The runner's step definition.</summary>
    public StepBinding Step { get; }

    public static HostedStepBinding Of(TechTalk.SpecFlow.Bindings.StepDefinitionType type, StepBinding step)
    {
        var regex = SpecFlowPattern.Of(step.Expression);
        var groups = regex.GetGroupNumbers().Length - 1;
        var extra = step.Method.GetParameters().Length > step.Expression.Parameters.Count ? 1 : 0;
        var parameters = Enumerable.Range(0, groups + extra).Select(i => new BindingParameter(ObjectType, $"p{i}")).ToArray();
        return new HostedStepBinding(type, regex, new HostedMethod(step.BindingType, step.Method.Name, parameters), step);
    }

    private static readonly RuntimeBindingType ObjectType = new(typeof(object));
}

/// <summary>The regular expression SpecFlow 3.9 matches for a runner step expression (it matches nothing else).</summary>
public static class SpecFlowPattern
{
    /// <summary>The runner's own pattern, anchored, compiled the way the runner compiles it.</summary>
    public static Regex Of(Runner.Expressions.StepExpression expression) =>
        new(expression.Pattern, RegexOptions.CultureInvariant | (expression.IsRegex ? RegexOptions.None : RegexOptions.ExplicitCapture));
}

/// <summary>One of the hooks through which SpecFlow drives a <see cref="Runner.Hosting.HostedScenario"/>.</summary>
public sealed class HostedHookBinding(HookType type, int order, string name)
    : TechTalk.SpecFlow.Bindings.HookBinding(new HostedMethod(typeof(HostedRun), name, []), type, null, order)
{
    /// <summary>Opens the scenario before any other BeforeScenario hook; closes it after every AfterScenario hook; ends the run.</summary>
    public static IEnumerable<HostedHookBinding> Lifecycle() =>
    [
        new(HookType.BeforeScenario, int.MinValue, "OuvrirLeScénario"),
        new(HookType.AfterScenario, int.MaxValue, "FermerLeScénario"),
        new(HookType.AfterTestRun, int.MaxValue, "TerminerLaSession"),
    ];
}

/// <summary>A binding method SpecFlow can display and compare, but never calls itself.</summary>
public sealed class HostedMethod(Type type, string name, IReadOnlyList<IBindingParameter> parameters) : IBindingMethod
{
    public IBindingType Type { get; } = new RuntimeBindingType(type);

    public string Name { get; } = name;

    public IEnumerable<IBindingParameter> Parameters { get; } = parameters;

    public IBindingType ReturnType { get; } = RuntimeBindingType.Void;

    public override string ToString() => $"{Type.Name}.{Name}";
}
