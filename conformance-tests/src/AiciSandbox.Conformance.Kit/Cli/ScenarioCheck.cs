using AiciSandbox.Conformance.Kit.Scenarios;
using AiciSandbox.Conformance.Runner.Pickles;

namespace AiciSandbox.Conformance.Kit.Cli;

/// <summary>
/// <c>aici-conformance list --check</c>: every scenario says the rule it checks (its « Règle : » line,
/// scenarios/README.md) and the requirement it covers (a tag <c>@EX-nn</c> of scenarios/exigences.md).
/// </summary>
public static class ScenarioCheck
{
    public static IReadOnlyList<string> Problems(IEnumerable<ScenarioDefinition> scenarios)
    {
        var problems = new List<string>();
        foreach (var scenario in scenarios.DistinctBy(s => (s.Uri, s.Name)))
        {
            var where = $"{scenario.Uri}:{scenario.Line} « {scenario.Name} »";
            if (!ScenarioRules.Of(scenario).StartsWith("Règle :", StringComparison.Ordinal))
                problems.Add($"{where} n'a pas de ligne « Règle : … » sous son titre (la règle qu'il vérifie, avec sa source).");
            if (!scenario.Tags.Any(t => t.StartsWith("@EX-", StringComparison.Ordinal)))
                problems.Add($"{where} n'a pas de tag d'exigence @EX-… (scenarios/exigences.md).");
        }
        return problems;
    }
}
