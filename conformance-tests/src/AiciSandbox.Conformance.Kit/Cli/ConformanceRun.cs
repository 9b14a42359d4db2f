using AiciSandbox.Conformance.Kit.Hosting;
using AiciSandbox.Conformance.Kit.Sandbox;
using AiciSandbox.Conformance.Kit.Scenarios;
using AiciSandbox.Conformance.Runner.Execution;
using AiciSandbox.Conformance.Runner.Pickles;
using AiciSandbox.Conformance.Runner.Reports;
using AiciSandbox.Conformance.Runner.Tags;
using Microsoft.Extensions.DependencyInjection;

namespace AiciSandbox.Conformance.Kit.Cli;

/// <summary>
/// One conformance run: loads the scenarios of the profile, starts (or targets) the sandbox and (optionally) the reference
/// integrator, plays each scenario in its own tenant, and writes the reports. Exit code 0 only if every selected scenario
/// passed (or failed as the expected-failures list allows); 1 if one did not; 2 if the run could not be made (bad scenarios, nothing selected, unreachable sandbox).
/// </summary>
public static class ConformanceRun
{
    public const int Passed = 0;
    public const int Failed = 1;
    public const int NotRun = 2;

    public static async Task<int> ExecuteAsync(ConformanceRunOptions options, TextWriter output, CancellationToken ct)
    {
        var features = new FeatureLoader().LoadDirectory(options.ScenariosDirectory);
        if (!features.Succeeded)
        {
            foreach (var error in features.Errors) output.WriteLine(error);
            return NotRun;
        }
        var expected = options.ExpectedFailuresFile is { } list ? ExpectedFailures.Load(list) : ExpectedFailures.None;
        if (options.ExpectedFailuresFile is { } absent && !File.Exists(absent))
            output.WriteLine($"Pas de liste d'échecs attendus ({absent} n'existe pas) : tout échec fait échouer la porte.");
        var filter = options.Tags == KitProgram.AllScenarios ? null : TagExpression.Parse(options.Tags);
        var selected = features.Scenarios
            .Where(s => filter is null || filter.Evaluate(s.Tags))
            .Where(s => options.Name is null || s.Name.Contains(options.Name, StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (selected.Count == 0)
        {
            output.WriteLine($"Aucun scénario de {options.ScenariosDirectory} ne correspond à « {options.Tags} »{(options.Name is null ? "" : $" et « {options.Name} »")}.");
            return NotRun;
        }

        await using var environment = await KitEnvironment.StartAsync(options.SandboxUrl, options.DriverUrl, options.ReferenceDefects,
            options.Bootstrap ?? SandboxCredentials.Default, options.DriverTimeout ?? TimeSpan.FromSeconds(60), ct);
        output.WriteLine($"Bac à sable {environment.SandboxUrl}{(environment.HostsSandbox ? " (lancé par le kit)" : "")} · pilote {environment.DriverUrl}" +
            (options.ReferenceDefects is { } d ? $" (intégrateur de référence{(d.Count == 0 ? "" : ", défauts : " + string.Join(", ", d.Select(ReferenceIntegrator.Defects.NameOf)))})" : ""));
        output.WriteLine($"{selected.Count} scénario(s) « {options.Tags} » de {options.ScenariosDirectory}");

        var run = TestRun.ForAssemblies([typeof(ConformanceWorld).Assembly], new TestRunOptions
        {
            // One driver holds one configuration (one tenant) at a time: its scenarios run one after the other.
            MaxDegreeOfParallelism = 1,
            ConfigureServices = services => services
                .AddSingleton(environment.Connections)
                .AddSingleton(new Wire.WireArchive(Path.Combine(options.OutputDirectory, "wire"))),
            OnProgress = progress => ProgressLine.Write(output, progress, expected),
        });
        var result = await run.RunAsync(selected, ct);

        Directory.CreateDirectory(options.OutputDirectory);
        var junit = Path.Combine(options.OutputDirectory, "junit.xml");
        var ndjson = Path.Combine(options.OutputDirectory, "cucumber.ndjson");
        var html = Path.Combine(options.OutputDirectory, "report.html");
        var summary = Path.Combine(options.OutputDirectory, "summary.json");
        var verdict = RunVerdict.Of(result, expected);
        await using (var stream = File.Create(junit)) JUnitReport.Write(result, stream);
        await using (var stream = File.Create(ndjson)) CucumberMessagesReport.Write(result, stream);
        await HtmlReport.WriteAsync(result, html, "AiciSandbox — conformité API Tiers de Prestation");
        RunSummary.Write(summary, options, environment.SandboxUrl, environment.DriverUrl, result, verdict, expected);

        output.WriteLine();
        output.WriteLine($"{verdict.Passed.Count} réussi(s), {result.Scenarios.Count - verdict.Passed.Count} en échec sur {result.Scenarios.Count}" +
            (expected.Count == 0 ? "." : $", dont {verdict.ExpectedFailures.Count} attendu(s) et {verdict.UnexpectedFailures.Count} nouveau(x)."));
        foreach (var passing in verdict.NowPassing)
            output.WriteLine($"Réussit désormais, à retirer des échecs attendus : « {passing.Name} ».");
        foreach (var title in expected.Unmatched(result.Scenarios))
            output.WriteLine($"Échec attendu sans scénario correspondant dans ce profil : « {title} ».");
        foreach (var error in result.RunHookErrors) output.WriteLine("Erreur du kit : " + error);
        if (result.UndefinedSnippets() is { Count: > 0 } snippets)
        {
            output.WriteLine("Étapes non définies — à compléter et coller dans une classe [Binding] de conformance-tests/src/AiciSandbox.Conformance.Kit/Steps/ :");
            foreach (var snippet in snippets) output.WriteLine(snippet);
        }
        output.WriteLine($"Rapports : {Path.GetFullPath(junit)}, {Path.GetFullPath(ndjson)}, {Path.GetFullPath(html)}, {Path.GetFullPath(summary)}");
        return verdict.Success ? Passed : Failed;
    }
}
