using System.Text;
using System.Text.RegularExpressions;
using AiciSandbox.Conformance.Runner.Pickles;

namespace AiciSandbox.Conformance.Kit.Cli;

/// <summary>One row of scenarios/exigences.md.</summary>
public sealed record Requirement(string Id, string Text, string Source, string Scope)
{
    public bool ToVerify => Scope == "à vérifier";

    public bool Extended => Scope == "étendu";

    public bool OutOfScope => Scope.StartsWith("hors périmètre", StringComparison.Ordinal);
}

/// <summary>
/// Which scenarios verify which requirement (their <c>@EX-nn</c> tags), as Inferno's requirements coverage: what is
/// verified before production, what only by extended cases, what is out of the kit's reach and why.
/// </summary>
public sealed partial class RequirementCoverage
{
    private RequirementCoverage(IReadOnlyList<Requirement> requirements, IReadOnlyList<ScenarioDefinition> scenarios)
    {
        Requirements = requirements;
        Scenarios = scenarios;
    }

    public IReadOnlyList<Requirement> Requirements { get; }

    public IReadOnlyList<ScenarioDefinition> Scenarios { get; }

    public static RequirementCoverage Load(string catalogue, IReadOnlyList<ScenarioDefinition> scenarios)
    {
        if (!File.Exists(catalogue)) throw new Sandbox.KitException($"Catalogue des exigences introuvable : {catalogue}.");
        var rows = File.ReadLines(catalogue)
            .Select(line => Row().Match(line))
            .Where(m => m.Success)
            .Select(m => new Requirement(m.Groups["id"].Value, m.Groups["text"].Value.Trim(), m.Groups["source"].Value.Trim(), m.Groups["scope"].Value.Trim()))
            .ToList();
        return new RequirementCoverage(rows, scenarios);
    }

    /// <summary>The scenarios tagged with the requirement's id (every row of an outline counts once, by title).</summary>
    public IReadOnlyList<ScenarioDefinition> VerifiedBy(Requirement requirement) =>
        Scenarios.Where(s => s.Tags.Contains("@" + requirement.Id)).DistinctBy(s => (s.Uri, s.Name)).ToList();

    /// <summary>What is wrong with the catalogue or the tags; empty when the coverage is complete.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        foreach (var r in Requirements)
        {
            var by = VerifiedBy(r);
            if (r.ToVerify && !by.Any(s => s.Tags.Contains("@requis")))
                problems.Add($"{r.Id} est à vérifier mais aucun scénario @requis ne la porte.");
            if (r.Extended && by.Count == 0) problems.Add($"{r.Id} est étendue mais aucun scénario ne la porte.");
            if (r.OutOfScope && by.Count > 0) problems.Add($"{r.Id} est hors périmètre mais portée par « {by[0].Name} ».");
            if (r.OutOfScope && !r.Scope.Contains(':')) problems.Add($"{r.Id} est hors périmètre sans raison (« hors périmètre : … »).");
            if (!r.ToVerify && !r.Extended && !r.OutOfScope) problems.Add($"{r.Id} : périmètre « {r.Scope} » inconnu (à vérifier, étendu, hors périmètre : raison).");
        }
        var known = Requirements.Select(r => "@" + r.Id).ToHashSet();
        problems.AddRange(Scenarios.SelectMany(s => s.Tags.Where(t => t.StartsWith("@EX-", StringComparison.Ordinal) && !known.Contains(t)).Select(t => (t, s)))
            .DistinctBy(x => x.t).Select(x => $"{x.t} (« {x.s.Name} ») n'est pas au catalogue des exigences."));
        problems.AddRange(Requirements.GroupBy(r => r.Id).Where(g => g.Count() > 1).Select(g => $"{g.Key} figure {g.Count()} fois au catalogue."));
        return problems;
    }

    public string Markdown()
    {
        var text = new StringBuilder();
        text.AppendLine("| id | exigence | source | vérifiée par |");
        text.AppendLine("|---|---|---|---|");
        foreach (var r in Requirements)
        {
            var by = VerifiedBy(r);
            var cell = r.OutOfScope ? r.Scope
                : by.Count == 0 ? "**aucun scénario**"
                : string.Join(" ; ", by.Select(s => $"{s.Name}{(s.Tags.Contains("@requis") ? "" : " (étendu)")}"));
            text.AppendLine($"| {r.Id} | {r.Text} | {r.Source} | {cell} |");
        }
        var toVerify = Requirements.Where(r => r.ToVerify).ToList();
        text.AppendLine();
        text.AppendLine($"{toVerify.Count(r => VerifiedBy(r).Any(s => s.Tags.Contains("@requis")))} exigences sur {toVerify.Count} à vérifier sont couvertes par le profil @requis ; " +
            $"{Requirements.Count(r => r.Extended && VerifiedBy(r).Count > 0)} étendue(s) couverte(s) ; {Requirements.Count(r => r.OutOfScope)} hors périmètre.");
        return text.ToString();
    }

    [GeneratedRegex(@"^\|\s*(?<id>EX-\d+)\s*\|(?<text>[^|]+)\|(?<source>[^|]+)\|(?<scope>[^|]+)\|\s*$")]
    private static partial Regex Row();
}
