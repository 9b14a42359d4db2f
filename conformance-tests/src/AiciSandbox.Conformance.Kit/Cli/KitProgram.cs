using System.CommandLine;
using AiciSandbox.Conformance.Runner.Pickles;
using AiciSandbox.Conformance.Runner.Tags;

namespace AiciSandbox.Conformance.Kit.Cli;

/// <summary>
/// <c>aici-conformance run --driver http://127.0.0.1:5180 [--sandbox URL] [--tags @requis] [--out conformance-report]</c>,
/// <c>aici-conformance steps</c>, <c>aici-conformance list</c>.
/// </summary>
public static class KitProgram
{
    public static Task<int> Main(string[] args) => Command(Console.Out).Parse(args, ParserSettings).InvokeAsync();

    /// <summary>Tag expressions start with <c>@</c>: response files are off so that <c>--tags @requis</c> means the tag.</summary>
    /// <summary>The profile played when neither --tags nor --name is given.</summary>
    public const string DefaultProfile = "@requis";

    /// <summary>No tag filter: every scenario (--name given without --tags).</summary>
    public const string AllScenarios = "";

    public static readonly ParserConfiguration ParserSettings = new() { ResponseFileTokenReplacer = null };

    public static RootCommand Command(TextWriter output)
    {
        var driver = new Option<string?>("--driver") { Description = "Adresse du pilote de l'intégrateur (openapi/integrator-driver.v1.yaml), p. ex. http://127.0.0.1:5180." };
        var sandbox = new Option<string?>("--sandbox") { Description = "Adresse d'un bac à sable déjà lancé ; sans elle, le kit en lance un (SQLite temporaire) sur 127.0.0.1." };
        var reference = new Option<bool>("--reference-integrator") { Description = "Lancer l'intégrateur de référence du kit et le prendre comme pilote (démonstration, tests du kit)." };
        var defects = new Option<string?>("--defect") { Description = "Avec --reference-integrator : défauts à lui donner, séparés par des virgules (" + string.Join(", ", Enum.GetValues<ReferenceIntegrator.Defect>().Select(ReferenceIntegrator.Defects.NameOf)) + ")." };
        var clientId = new Option<string>("--sandbox-client-id") { Description = "Tenant au nom duquel le kit crée ses tenants (scope sandbox.control).", DefaultValueFactory = _ => Sandbox.SandboxCredentials.Default.ClientId };
        var clientSecret = new Option<string>("--sandbox-client-secret") { Description = "Son secret (ou la variable AICI_SANDBOX_CLIENT_SECRET).", DefaultValueFactory = _ => Environment.GetEnvironmentVariable("AICI_SANDBOX_CLIENT_SECRET") ?? Sandbox.SandboxCredentials.Default.ClientSecret };
        var scenarios = new Option<string?>("--scenarios") { Description = "Dossier des fichiers .feature (par défaut : le dossier scenarios/ du dépôt)." };
        var tags = new Option<string?>("--tags") { Description = "Profil : expression de tags Cucumber (par défaut @requis ; avec --name seul, tous les scénarios)." };
        var name = new Option<string?>("--name") { Description = "Ne jouer que les scénarios dont le titre contient ce texte ; seul, il cherche dans tous les scénarios, avec --tags dans ceux du profil (les deux conditions)." };
        var expectedFailures = new Option<string?>("--expected-failures") { Description = "Fichier JSON des échecs connus et acceptés pour l'instant ({\"attendus\":[{\"scenario\":\"titre\",\"raison\":\"ticket\"}]}) : seuls les nouveaux échecs font échouer la porte." };
        var output_ = new Option<string>("--out") { Description = "Dossier des rapports (junit.xml, cucumber.ndjson, report.html).", DefaultValueFactory = _ => "conformance-report" };

        var run = new Command("run", "Joue un profil de scénarios contre le pilote d'un intégrateur et écrit les rapports ; code de sortie 0 seulement si tout passe.")
        {
            driver, sandbox, clientId, clientSecret, reference, defects, scenarios, tags, name, expectedFailures, output_,
        };
        run.SetAction(async (parse, ct) =>
        {
            try
            {
                var options = new ConformanceRunOptions(
                    DriverUrl: Url(parse.GetValue(driver), "--driver"),
                    SandboxUrl: Url(parse.GetValue(sandbox), "--sandbox"),
                    ReferenceDefects: parse.GetValue(reference) ? ReferenceIntegrator.Defects.Parse([parse.GetValue(defects) ?? ""]) : null,
                    ScenariosDirectory: parse.GetValue(scenarios) ?? ScenarioDirectory.Find(),
                    Tags: parse.GetValue(tags) ?? (parse.GetValue(name) is null ? DefaultProfile : AllScenarios),
                    OutputDirectory: parse.GetValue(output_)!,
                    Name: parse.GetValue(name),
                    Bootstrap: new Sandbox.SandboxCredentials(parse.GetValue(clientId)!, parse.GetValue(clientSecret)!),
                    ExpectedFailuresFile: parse.GetValue(expectedFailures));
                if (options.DriverUrl is null && options.ReferenceDefects is null)
                    throw new ArgumentException("Donnez --driver URL, ou --reference-integrator.");
                if (options.ReferenceDefects is null && parse.GetValue(defects) is not null)
                    throw new ArgumentException("--defect ne vaut qu'avec --reference-integrator.");
                if (options.Tags != AllScenarios) TagExpression.Parse(options.Tags);
                return await ConformanceRun.ExecuteAsync(options, output, ct);
            }
            catch (Exception e) when (e is ArgumentException or TagExpressionException or Sandbox.KitException or HttpRequestException or DirectoryNotFoundException
                or Runner.Bindings.BindingException)
            {
                await Console.Error.WriteLineAsync("aici-conformance : " + e.Message);
                return ConformanceRun.NotRun;
            }
        });

        var stepsScenarios = new Option<string?>("--scenarios") { Description = "Dossier des fichiers .feature où chercher un exemple de chaque étape." };
        var steps = new Command("steps", "Écrit le catalogue des étapes (Markdown) généré depuis les liaisons du kit.") { stepsScenarios };
        steps.SetAction(parse => output.Write(StepCatalogue.Markdown(
            new FeatureLoader().LoadDirectory(parse.GetValue(stepsScenarios) ?? ScenarioDirectory.Find()).Scenarios)));

        var listScenarios = new Option<string?>("--scenarios") { Description = "Dossier des fichiers .feature." };
        var listTags = new Option<string>("--tags") { Description = "Profil : expression de tags Cucumber.", DefaultValueFactory = _ => "@requis" };
        var listCheck = new Option<bool>("--check") { Description = "Signale (code 1) chaque scénario sans sa ligne « Règle : » ou sans tag d'exigence @EX-…." };
        var list = new Command("list", "Liste les scénarios d'un profil avec la règle que chacun vérifie.") { listScenarios, listTags, listCheck };
        list.SetAction(parse =>
        {
            var features = new FeatureLoader().LoadDirectory(parse.GetValue(listScenarios) ?? ScenarioDirectory.Find());
            foreach (var error in features.Errors) output.WriteLine(error);
            var filter = TagExpression.Parse(parse.GetValue(listTags)!);
            var selected = features.Scenarios.Where(s => filter.Evaluate(s.Tags)).ToList();
            foreach (var s in selected)
                output.WriteLine($"{s.Uri}:{s.Line}  {s.Name}  {string.Join(' ', s.Tags)}\n    {Scenarios.ScenarioRules.Of(s)}");
            if (!features.Succeeded) return ConformanceRun.NotRun;
            if (!parse.GetValue(listCheck)) return 0;
            var problems = ScenarioCheck.Problems(selected);
            foreach (var problem in problems) output.WriteLine("Problème : " + problem);
            output.WriteLine(problems.Count == 0 ? $"{selected.Count} scénario(s) vérifié(s) : chacun a sa règle et son exigence." : $"{problems.Count} problème(s).");
            return problems.Count == 0 ? 0 : 1;
        });

        var coverageScenarios = new Option<string?>("--scenarios") { Description = "Dossier des fichiers .feature et de exigences.md." };
        var coverage = new Command("exigences", "Montre quelles exigences (scenarios/exigences.md) chaque scénario vérifie ; code 1 si une exigence à vérifier n'est couverte par aucun scénario @requis.")
        {
            coverageScenarios,
        };
        coverage.SetAction(parse =>
        {
            var directory = parse.GetValue(coverageScenarios) ?? ScenarioDirectory.Find();
            var features = new FeatureLoader().LoadDirectory(directory);
            foreach (var error in features.Errors) output.WriteLine(error);
            try
            {
                var report = RequirementCoverage.Load(Path.Combine(directory, "exigences.md"), features.Scenarios);
                output.Write(report.Markdown());
                foreach (var problem in report.Problems()) output.WriteLine("Problème : " + problem);
                return features.Succeeded && report.Problems().Count == 0 ? 0 : 1;
            }
            catch (Sandbox.KitException e)
            {
                output.WriteLine(e.Message);
                return ConformanceRun.NotRun;
            }
        });

        return new RootCommand("AiciSandbox — kit de conformité de l'API Tiers de Prestation : scénarios Gherkin joués contre le logiciel d'un intégrateur.")
        {
            run, steps, list, coverage,
        };
    }

    private static Uri? Url(string? text, string option) =>
        text is null ? null
        : Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? url
        : throw new ArgumentException($"{option} : « {text} » n'est pas une adresse http(s).");
}
