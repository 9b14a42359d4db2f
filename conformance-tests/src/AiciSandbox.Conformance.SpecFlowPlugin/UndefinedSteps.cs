using AiciSandbox.Conformance.Runner.Matching;
using AiciSandbox.Conformance.Runner.Pickles;
using Io.Cucumber.Messages.Types;
using TechTalk.SpecFlow;
using TechTalk.SpecFlow.Bindings;

namespace AiciSandbox.Conformance.SpecFlowPlugin;

/// <summary>
/// What the command line says of a step no definition matches — « Étape non définie : … », the hint when its text
/// matches a step of another keyword, and the nearest defined steps — said under SpecFlow too: the runner's own
/// <see cref="StepMatcher"/> is asked about the step SpecFlow could not match.
/// </summary>
public static class UndefinedSteps
{
    /// <summary>
    /// The runner's message for <paramref name="step"/>; null when there are no runner bindings or the runner matches
    /// the step (SpecFlow then keeps its own message).
    /// </summary>
    public static string? Explain(Runner.Bindings.BindingRegistry? registry, StepInstance step)
    {
        if (registry is null || registry.Steps.Count == 0) return null;
        var pickle = new PickleStep(null, [], "", Type(step.StepDefinitionType), step.Text);
        var match = new StepMatcher(registry).Match(new ScenarioStep(pickle, step.Keyword ?? "", 0));
        return match.Kind == StepMatchKind.Undefined ? match.Message : null;
    }

    /// <summary>
    /// Keeps, in the scenario's context, what was said of one of its undefined steps (null: SpecFlow's own message),
    /// for the scenario's failure message. SpecFlow 3.9 keeps its list of missing steps internal.
    /// </summary>
    public static void Record(ScenarioContext scenario, string? message)
    {
        if (!scenario.TryGetValue(Key, out var recorded)) scenario[Key] = recorded = new List<string?>();
        ((List<string?>)recorded).Add(message);
    }

    /// <summary>What was recorded for the scenario's undefined steps, in their order.</summary>
    public static IReadOnlyList<string?> Recorded(ScenarioContext scenario) =>
        scenario.TryGetValue(Key, out var recorded) ? (List<string?>)recorded : [];

    private const string Key = "AiciSandbox.Conformance.UndefinedSteps";

    private static PickleStepType Type(StepDefinitionType type) => type switch
    {
        StepDefinitionType.Given => PickleStepType.CONTEXT,
        StepDefinitionType.When => PickleStepType.ACTION,
        StepDefinitionType.Then => PickleStepType.OUTCOME,
        _ => PickleStepType.UNKNOWN,
    };
}
