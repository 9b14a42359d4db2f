using Io.Cucumber.Messages.Types;

namespace AiciSandbox.Conformance.Runner.Pickles;

/// <summary>
/// The written steps of a Gherkin document by id, used to show a pickle step with its original keyword and line.
/// </summary>
internal sealed class GherkinStepIndex
{
    private readonly Dictionary<string, Step> _steps = [];

    public static GherkinStepIndex Of(GherkinDocument document)
    {
        var index = new GherkinStepIndex();
        foreach (var child in document.Feature?.Children ?? [])
        {
            index.Add(child.Background?.Steps);
            index.Add(child.Scenario?.Steps);
            foreach (var ruleChild in child.Rule?.Children ?? [])
            {
                index.Add(ruleChild.Background?.Steps);
                index.Add(ruleChild.Scenario?.Steps);
            }
        }
        return index;
    }

    public ScenarioStep Describe(PickleStep step) =>
        step.AstNodeIds.Count > 0 && _steps.TryGetValue(step.AstNodeIds[0], out var written)
            ? new ScenarioStep(step, written.Keyword, (int)written.Location.Line)
            : new ScenarioStep(step, "* ", 0);

    private void Add(IEnumerable<Step>? steps)
    {
        foreach (var step in steps ?? [])
            _steps[step.Id] = step;
    }
}
