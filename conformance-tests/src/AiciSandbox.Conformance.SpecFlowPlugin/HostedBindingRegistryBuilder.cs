using System.Reflection;
using AiciSandbox.Conformance.Runner.Bindings;
using TechTalk.SpecFlow.Bindings;
using TechTalk.SpecFlow.Bindings.Discovery;

namespace AiciSandbox.Conformance.SpecFlowPlugin;

/// <summary>
/// SpecFlow's registry builder, plus: the runner's <c>[Binding]</c> classes of the same assemblies become SpecFlow step
/// definitions (one per step attribute and keyword) and three lifecycle hooks open, close and end the hosted scenarios.
/// </summary>
/// <remarks>
/// Nothing is listed by hand: a step class added to a step assembly is picked up at the next run, with the pattern
/// <see cref="SpecFlowPattern"/> derives from its expression.
/// </remarks>
public sealed class HostedBindingRegistryBuilder(
    IRuntimeBindingSourceProcessor processor,
    ISpecFlowAttributesFilter attributes,
    IBindingRegistry specFlowRegistry,
    HostedRun run) : IRuntimeBindingRegistryBuilder
{
    private readonly RuntimeBindingRegistryBuilder _specFlow = new(processor, attributes);
    private readonly List<Assembly> _assemblies = [];

    public void BuildBindingsFromAssembly(Assembly assembly)
    {
        _specFlow.BuildBindingsFromAssembly(assembly);
        _assemblies.Add(assembly);
    }

    public void BuildingCompleted()
    {
        var registry = Runner.Bindings.BindingRegistry.FromAssemblies(_assemblies.ToArray());
        run.Attach(registry);
        foreach (var step in registry.Steps)
            foreach (var type in SpecFlowTypes(step.Types))
                specFlowRegistry.RegisterStepDefinitionBinding(HostedStepBinding.Of(type, step));
        if (registry.Steps.Count > 0)
        {
            foreach (var hook in HostedHookBinding.Lifecycle()) specFlowRegistry.RegisterHookBinding(hook);
        }
        _specFlow.BuildingCompleted();
    }

    private static IEnumerable<TechTalk.SpecFlow.Bindings.StepDefinitionType> SpecFlowTypes(IReadOnlyList<Runner.Bindings.StepDefinitionType> types) =>
        types.SelectMany(t => t switch
        {
            Runner.Bindings.StepDefinitionType.Given => [TechTalk.SpecFlow.Bindings.StepDefinitionType.Given],
            Runner.Bindings.StepDefinitionType.When => [TechTalk.SpecFlow.Bindings.StepDefinitionType.When],
            Runner.Bindings.StepDefinitionType.Then => [TechTalk.SpecFlow.Bindings.StepDefinitionType.Then],
            _ => new[] { TechTalk.SpecFlow.Bindings.StepDefinitionType.Given, TechTalk.SpecFlow.Bindings.StepDefinitionType.When, TechTalk.SpecFlow.Bindings.StepDefinitionType.Then },
        }).Distinct();
}
