using AiciSandbox.Conformance.Kit.Cli;
using AiciSandbox.Conformance.Kit.Tests.Support;

namespace AiciSandbox.Conformance.Kit.Tests;

/// <summary>What a QA person writing scenarios with the catalogue alone stumbled on (issue 8, item 5).</summary>
public sealed class QaFrictionTests : IDisposable
{
    private readonly DirectoryInfo _scenarios = Directory.CreateTempSubdirectory("aici-kit-qa-");

    public void Dispose() => _scenarios.Delete(recursive: true);

    [Fact]
    public async Task ListCheck_OnTheProductsScenarios_FindsEveryRuleAndRequirement()
    {
        var (exit, output) = await RunAsync("list", "--check", "--scenarios", ProductScenarios.Directory, "--tags", "@requis or @etendu");

        exit.Should().Be(0, output);
        output.Should().Contain("chacun a sa règle et son exigence");
    }

    [Fact]
    public async Task ListCheck_FlagsAScenarioWithoutItsRuleLineOrRequirementTag()
    {
        File.WriteAllText(Path.Combine(_scenarios.FullName, "paul.feature"), """
            # language: fr
            @requis
            Fonctionnalité: Essai de Paul
              Scénario: Paul est inscrit
                Soit un bac à sable URSSAF dont l'horloge est arrêtée au "2026-03-02T08:00:00Z"
            """);

        var (exit, output) = await RunAsync("list", "--check", "--scenarios", _scenarios.FullName);

        exit.Should().Be(1, output);
        output.Should().Contain("« Paul est inscrit » n'a pas de ligne « Règle : … »").And.Contain("n'a pas de tag d'exigence @EX-");
    }

    [Fact]
    public async Task Name_Alone_SearchesEveryScenario_NotOnlyTheDefaultProfile()
    {
        var (exit, output) = await RunAsync("run", "--reference-integrator", "--sandbox", (await SharedSandbox.UrlAsync()).ToString(),
            "--scenarios", ProductScenarios.Directory, "--name", "refuse l'appareillage", "--out", Path.Combine(_scenarios.FullName, "out"));

        output.Should().NotContain("Aucun scénario", "« refuse l'appareillage » is an @etendu scenario, found without --tags");
        exit.Should().Be(0, output);
    }

    [Fact]
    public async Task Name_WithTags_KeepsOnlyTheScenariosMatchingBoth()
    {
        var (exit, output) = await RunAsync("run", "--reference-integrator", "--sandbox", (await SharedSandbox.UrlAsync()).ToString(),
            "--scenarios", ProductScenarios.Directory, "--tags", "@requis", "--name", "refuse l'appareillage", "--out", Path.Combine(_scenarios.FullName, "out"));

        exit.Should().Be(ConformanceRun.NotRun, output);
        output.Should().Contain("ne correspond à « @requis » et « refuse l'appareillage »");
    }

    [Fact]
    public void StepCatalogue_ListsTheMotiveAndStatusCodesOfTheDomain()
    {
        var catalogue = StepCatalogue.Markdown([]);

        catalogue.Should().Contain("| `CONTEST_ERR_FACT` | La facture comporte une erreur |")
            .And.Contain("| `ANNUL_ERR_MNT` | Montant facturé erroné |")
            .And.Contain("| `30` | Validée |");
    }

    private static async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var exit = await KitProgram.Command(output).Parse(args, KitProgram.ParserSettings).InvokeAsync();
        return (exit, output.ToString());
    }
}
