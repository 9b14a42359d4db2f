using System.Text.Json;
using System.Text.Json.Serialization;
using AiciSandbox.Conformance.Kit.Scenarios;
using AiciSandbox.Conformance.Runner.Execution;

namespace AiciSandbox.Conformance.Kit.Cli;

/// <summary>
/// <c>summary.json</c>: the run in one small document for scripts and dashboards — what was played against what, the
/// verdict, and per scenario its status, whether its failure was expected, the rule it checks, its tenant and its reason.
/// </summary>
public static class RunSummary
{
    private static readonly JsonSerializerOptions Indented = new(SummaryJson.Options) { WriteIndented = true };

    public static void Write(string path, ConformanceRunOptions options, Uri sandbox, Uri driver, TestRunResult run, RunVerdict verdict, ExpectedFailures expected)
    {
        var summary = new
        {
            Outil = "aici-conformance",
            Version = typeof(RunSummary).Assembly.GetName().Version?.ToString(),
            Bac_a_sable = sandbox.ToString(),
            Pilote = driver.ToString(),
            Profil = options.Tags,
            Resultat = verdict.Success ? "reussi" : "echoue",
            Compteurs = new
            {
                Scenarios = run.Scenarios.Count,
                Reussis = verdict.Passed.Count,
                Echecs_nouveaux = verdict.UnexpectedFailures.Count,
                Echecs_attendus = verdict.ExpectedFailures.Count,
                Attendus_qui_reussissent = verdict.NowPassing.Count,
            },
            Erreurs_du_kit = verdict.RunErrors,
            Scenarios = run.Scenarios.Select(s => new
            {
                Fonctionnalite = s.FeatureName,
                Titre = s.Name,
                Fichier = s.Uri,
                Ligne = s.Line,
                Tags = s.Tags,
                Regle = ScenarioRules.Of(s.Scenario),
                Statut = s.Status.ToString().ToLowerInvariant(),
                Echec_attendu = expected.ReasonFor(s),
                Duree_ms = (long)s.Duration.TotalMilliseconds,
                Tenant = s.Attachments.FirstOrDefault(a => a.Name == ScenarioAttachmentNames.Tenant)?.Content,
                Etape_en_echec = s.FailedStep?.Step.Text,
                Message = s.FailedStep?.ErrorMessage ?? s.ErrorMessage,
            }),
        };
        File.WriteAllText(path, JsonSerializer.Serialize(summary, Indented));
    }
}

/// <summary>The names of the attachments other parts of the kit read back.</summary>
public static class ScenarioAttachmentNames
{
    public const string Tenant = "tenant du bac à sable";
}

/// <summary>Snake-case, accents kept: the field names of summary.json read as French words.</summary>
internal static class SummaryJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
