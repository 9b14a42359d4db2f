using AiciSandbox.Conformance.Runner.Pickles;

namespace AiciSandbox.Conformance.Kit.Scenarios;

/// <summary>The rule a scenario cites: the « Règle : … » line of its description (scenarios/README.md).</summary>
public static class ScenarioRules
{
    public static string Of(ScenarioDefinition scenario)
    {
        var astIds = scenario.Pickle.AstNodeIds.ToHashSet();
        var children = scenario.Feature.Document.Feature?.Children ?? [];
        var all = children.Select(c => c.Scenario)
            .Concat(children.Where(c => c.Rule is not null).SelectMany(c => c.Rule.Children.Select(rc => rc.Scenario)))
            .Where(s => s is not null);
        var definition = all.FirstOrDefault(s => astIds.Contains(s!.Id));
        return definition?.Description?.Trim() ?? "";
    }
}
