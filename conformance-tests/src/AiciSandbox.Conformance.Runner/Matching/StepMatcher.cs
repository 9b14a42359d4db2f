using AiciSandbox.Conformance.Runner.Bindings;
using AiciSandbox.Conformance.Runner.Execution;
using AiciSandbox.Conformance.Runner.Pickles;
using AiciSandbox.Conformance.Runner.Reports;
using Io.Cucumber.Messages.Types;

namespace AiciSandbox.Conformance.Runner.Matching;

/// <summary>
/// Finds the step definition of a pickle step: by <see cref="PickleStep.Type"/> (Context → Given, Action → When,
/// Outcome → Then, <c>*</c> → any) and by text.
/// </summary>
/// <remarks>Pure and thread-safe. Like Reqnroll's <c>StepDefinitionMatchService</c>, a text match with the wrong
/// number of parameters is reported as such rather than as an undefined step.</remarks>
public sealed class StepMatcher(BindingRegistry registry)
{
    /// <summary>Matches one step.</summary>
    public StepMatch Match(ScenarioStep step)
    {
        var textMatches = registry.Steps
            .Select(b => (Binding: b, Arguments: b.Expression.Match(step.Text)))
            .Where(m => m.Arguments is not null)
            .ToArray();
        var candidates = textMatches.Where(m => m.Binding.Answers(step.Type))
            .DistinctBy(m => (m.Binding.BindingType, m.Binding.Method)).ToArray();

        if (candidates.Length == 0)
        {
            var snippet = SnippetGenerator.Generate(step);
            var hint = textMatches.Length == 0 ? "" :
                $"{Environment.NewLine}Remarque : {string.Join(", ", textMatches.Select(m => m.Binding.ToString()))} correspond à ce texte, " +
                $"mais c'est une étape {Kind(step.Type)} (son mot-clé, ou celui de l'étape avant un Et/Mais).";
            var nearest = NearestSteps.For(registry, step.Text);
            var suggestions = nearest.Count == 0 ? "" : $"{Environment.NewLine}Étapes proches : {string.Join(" ; ", nearest.Select(n => $"« {n} »"))}";
            return new StepMatch(StepMatchKind.Undefined, null, [], [], $"Étape {StatusLabels.Of(ResultStatus.Undefined)} : {step}{hint}{suggestions}", snippet);
        }

        var extra = step.Pickle.Argument is null ? 0 : 1;
        var fitting = candidates.Where(c => c.Binding.Method.GetParameters().Length == c.Arguments!.Count + extra).ToArray();
        if (fitting.Length == 1)
            return new StepMatch(StepMatchKind.Matched, fitting[0].Binding, fitting[0].Arguments!, [fitting[0].Binding], null, null);
        if (fitting.Length > 1 || candidates.Length > 1 && fitting.Length == 0)
        {
            var listed = (fitting.Length > 1 ? fitting : candidates).Select(c => c.Binding).ToArray();
            var lines = listed.Select(b => $"  - {b.Name} {b.Attribute}");
            var message = $"Étape {StatusLabels.Of(ResultStatus.Ambiguous)} : plusieurs définitions correspondent à « {step} » :{Environment.NewLine}{string.Join(Environment.NewLine, lines)}";
            return new StepMatch(StepMatchKind.Ambiguous, null, [], listed, message, null);
        }

        var only = candidates[0];
        var given = only.Arguments!.Count + (extra == 1 ? $" + {(step.DataTable is null ? "sa chaîne multiligne" : "son tableau")}" : "");
        return new StepMatch(StepMatchKind.Invalid, only.Binding, only.Arguments!, [only.Binding],
            $"{only.Binding.Name} {only.Binding.Attribute} correspond à « {step} » mais prend " +
            $"{only.Binding.Method.GetParameters().Length} paramètre(s) quand l'étape en donne {given}.", null);
    }

    private static string Kind(PickleStepType type) => type switch
    {
        PickleStepType.CONTEXT => "Given (Soit)",
        PickleStepType.ACTION => "When (Quand)",
        PickleStepType.OUTCOME => "Then (Alors)",
        _ => "*",
    };
}
