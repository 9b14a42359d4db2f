using System.Text;
using AiciSandbox.Conformance.Kit.Scenarios;
using AiciSandbox.Conformance.Runner.Bindings;
using AiciSandbox.Conformance.Runner.Matching;
using AiciSandbox.Conformance.Runner.Pickles;

namespace AiciSandbox.Conformance.Kit.Cli;

/// <summary>
/// The catalogue of every step QA can write, generated from the kit's bindings (<c>aici-conformance steps</c>); the
/// committed copy is <c>scenarios/steps.md</c>, kept equal to the bindings by a test.
/// </summary>
public static class StepCatalogue
{
    private static readonly IReadOnlyDictionary<string, string> Sections = new Dictionary<string, string>
    {
        ["SandboxSteps"] = "Bac à sable, horloge et pannes",
        ["CustomerSteps"] = "Particuliers (M010, M020)",
        ["InvoiceSteps"] = "Factures et demandes de paiement (M050, M070)",
        ["InvoiceLinesSteps"] = "Factures de plusieurs prestations (natures, TVA, quantités, acompte)",
        ["InvoiceOutcomeSteps"] = "Ce que le logiciel montre des factures",
        ["RefusalSteps"] = "Actions refusées par l'URSSAF",
        ["WireSteps"] = "Sur le fil : ce que le logiciel a réellement envoyé",
        ["TrafficSteps"] = "Sur le fil : budgets de trafic et refus du jeton (CGU art. 4.3)",
    };

    /// <summary>The catalogue; each step shows where the product's scenarios use it first (<paramref name="scenarios"/>).</summary>
    public static string Markdown(IReadOnlyList<ScenarioDefinition> scenarios)
    {
        var registry = BindingRegistry.FromAssemblies(typeof(ConformanceWorld).Assembly);
        var firstUse = FirstUses(registry, scenarios);
        var text = new StringBuilder();
        text.AppendLine("# Catalogue des étapes");
        text.AppendLine();
        text.AppendLine("Généré depuis les liaisons du kit par `dotnet run --project conformance-tests/src/AiciSandbox.Conformance.Kit -- steps`");
        text.AppendLine("(ne pas modifier à la main ; un test vérifie que ce fichier et le code ne divergent pas).");
        text.AppendLine();
        text.AppendLine("Mots-clés : `Soit`/`Étant donné` (contexte), `Quand` (action), `Alors` (résultat) ; `Et`/`Mais` reprennent le mot-clé");
        text.AppendLine("précédent. `{string}` est un texte entre guillemets, `{int}` un entier, `{decimal}` un montant (`50,00` ou `50.00`).");
        text.AppendLine("Dates et durées se lisent sur l'horloge simulée du tenant du scénario.");
        foreach (var group in registry.Steps.GroupBy(s => s.BindingType.Name).OrderBy(g => Order(g.Key)))
        {
            text.AppendLine();
            text.AppendLine($"## {(Sections.TryGetValue(group.Key, out var title) ? title : group.Key)}");
            text.AppendLine();
            text.AppendLine("| mot-clé | étape | exemple |");
            text.AppendLine("|---|---|---|");
            foreach (var step in group)
                text.AppendLine($"| {Keywords(step.Types)} | `{step.Expression.Source}` | {(firstUse.TryGetValue(step, out var use) ? use : "(inutilisée)")} |");
        }
        text.Append(DomainCodes.Markdown());
        text.AppendLine();
        text.AppendLine("## Paramètres nommés");
        text.AppendLine();
        text.AppendLine("| paramètre | s'écrit |");
        text.AppendLine("|---|---|");
        foreach (var t in registry.Transformations.Where(t => t.Name is not null).OrderBy(t => t.Name, StringComparer.Ordinal))
            text.AppendLine($"| `{{{t.Name}}}` | `{t.Source?.Replace("|", "\\|")}` |");
        return text.ToString();
    }

    private static Dictionary<StepBinding, string> FirstUses(BindingRegistry registry, IReadOnlyList<ScenarioDefinition> scenarios)
    {
        var matcher = new StepMatcher(registry);
        var uses = new Dictionary<StepBinding, string>();
        foreach (var scenario in scenarios)
            foreach (var step in scenario.Steps)
                if (matcher.Match(step) is { Kind: StepMatchKind.Matched, Binding: { } binding } && !uses.ContainsKey(binding))
                    uses[binding] = $"[{Path.GetFileName(scenario.Uri)}:{step.Line}]({Path.GetFileName(scenario.Uri)}#L{step.Line})";
        return uses;
    }

    private static int Order(string bindingType) => Sections.Keys.ToList().IndexOf(bindingType) is var i and >= 0 ? i : int.MaxValue;

    private static string Keywords(IReadOnlyList<StepDefinitionType> types) => string.Join(", ", types.Distinct().Select(t => t switch
    {
        StepDefinitionType.Given => "Soit",
        StepDefinitionType.When => "Quand",
        StepDefinitionType.Then => "Alors",
        _ => "tous",
    }));
}
