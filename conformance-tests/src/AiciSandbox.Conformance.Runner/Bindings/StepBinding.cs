using System.Reflection;
using AiciSandbox.Conformance.Runner.Expressions;
using Io.Cucumber.Messages.Types;

namespace AiciSandbox.Conformance.Runner.Bindings;

/// <summary>
/// One step definition: a method of a binding class with one of its <c>[Given]/[When]/[Then]/[StepDefinition]</c>
/// attributes, its expression compiled.
/// </summary>
public sealed class StepBinding
{
    internal StepBinding(Type bindingType, MethodInfo method, IReadOnlyList<StepDefinitionType> types, StepExpression expression)
    {
        BindingType = bindingType;
        Method = method;
        Types = types;
        Expression = expression;
    }

    /// <summary>The binding class the method is called on (resolved from the scenario's services).</summary>
    public Type BindingType { get; }

    /// <summary>The step method.</summary>
    public MethodInfo Method { get; }

    /// <summary>The step types the attribute answers.</summary>
    public IReadOnlyList<StepDefinitionType> Types { get; }

    /// <summary>The compiled expression.</summary>
    public StepExpression Expression { get; }

    /// <summary><c>Type.Method</c>, as shown in messages.</summary>
    public string Name => $"{BindingType.Name}.{Method.Name}";

    /// <summary>True when a pickle step of this type may use this definition (<c>*</c> steps may use any).</summary>
    public bool Answers(PickleStepType type) => type switch
    {
        PickleStepType.CONTEXT => Types.Contains(StepDefinitionType.Given),
        PickleStepType.ACTION => Types.Contains(StepDefinitionType.When),
        PickleStepType.OUTCOME => Types.Contains(StepDefinitionType.Then),
        _ => true,
    };

    /// <summary>The attribute as written, e.g. <c>[Given("a {int}")]</c>.</summary>
    public string Attribute => Types.Count == 1
        ? $"[{Types[0]}(\"{Expression.Source}\")]"
        : $"[StepDefinition(\"{Expression.Source}\")]";

    /// <inheritdoc />
    public override string ToString() => $"{Name} {Attribute}";
}
