using AiciSandbox.Conformance.SpecFlow.Demonstrations;

namespace AiciSandbox.Conformance.SpecFlow.Runs;

/// <summary>
/// A step the kit does not define is reported under SpecFlow as by the command line: « Étape non définie : … » with
/// the nearest defined steps (or the step of another keyword its text matches), in the failure message and in the test
/// output, instead of SpecFlow's English « No matching step definition » and C# skeleton. The scenarios are the
/// <c>@demonstration</c> ones of this project, played in one separate <c>dotnet test</c>.
/// </summary>
public sealed class UndefinedStepTests(UndefinedStepTests.DemonstrationRun run) : IClassFixture<UndefinedStepTests.DemonstrationRun>
{
    [Fact]
    public async Task MisspeltStep_FailsNamingIt_AndSuggestsTheNearestDefinedSteps()
    {
        var outcome = (await run.Outcomes).Should().ContainSingle(o => o.Name.Contains("mal orthographiée")).Subject;

        outcome.Outcome.Should().Be("Failed", "an undefined step must not pass");
        outcome.Message.Should().Contain("Étape non définie : Quand le logiciel envoi la facture \"MEN-2026-001\" de 72,50 €")
            .And.Contain("Étapes proches : « le logiciel envoie la facture {string} de {decimal} € pour {string} pour un emploi d'hier »",
                "the step meant is the nearest")
            .And.Contain("scenarios/steps.md", "the catalogue is named")
            .And.NotContain("No matching step definition");
        outcome.Output.Should().Contain("Étape non définie : Quand le logiciel envoi la facture", "the step list of the test output says it too")
            .And.NotContain("No matching step definition");
    }

    [Fact]
    public async Task StepUnderTheWrongKeyword_SaysWhichKeywordItsDefinitionHas()
    {
        var outcome = (await run.Outcomes).Should().ContainSingle(o => o.Name.Contains("mauvais mot-clé")).Subject;

        outcome.Outcome.Should().Be("Failed");
        outcome.Message.Should().Contain("Étape non définie : Alors le temps avance de 2 jours")
            .And.Contain("correspond à ce texte, mais c'est une étape Then (Alors)");
    }

    /// <summary>The demonstrations, played once for both tests.</summary>
    public sealed class DemonstrationRun
    {
        public Task<IReadOnlyList<TestOutcome>> Outcomes { get; } = SpecFlowRun.RunAsync(typeof(DemonstrationRun).Assembly.Location, "Démonstration",
            new Dictionary<string, string> { [DemonstrationHooks.Variable] = "1" });
    }
}
