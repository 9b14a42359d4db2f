using AiciSandbox.Conformance.Kit.Cli;
using AiciSandbox.Conformance.Kit.Tests.Support;
using AiciSandbox.Conformance.Runner.Pickles;

namespace AiciSandbox.Conformance.Kit.Tests;

/// <summary>scenarios/exigences.md and the scenarios' <c>@EX-nn</c> tags agree: every requirement to verify is covered by @requis.</summary>
public sealed class RequirementCoverageTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("aici-exigences-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void TheProductsCatalogue_IsFullyCovered()
    {
        var coverage = RequirementCoverage.Load(Path.Combine(ProductScenarios.Directory, "exigences.md"), ProductScenarios.All);

        coverage.Problems().Should().BeEmpty();
        coverage.Requirements.Should().HaveCountGreaterThan(20);
        coverage.Markdown().Should().Contain("28 exigences sur 28 à vérifier sont couvertes par le profil @requis");
    }

    [Fact]
    public void AGap_AnUnknownTag_AnOutOfScopeWithoutReason_AndADuplicate_AreAllReported()
    {
        File.WriteAllText(Path.Combine(_dir.FullName, "exigences.md"), """
            | id | exigence | source | périmètre |
            |---|---|---|---|
            | EX-01 | Jeton | facts §1 | à vérifier |
            | EX-02 | Réutilisé | facts §1 | à vérifier |
            | EX-03 | Traces | CGU art. 4.3 | hors périmètre |
            | EX-03 | Encore | CGU art. 4.3 | étendu |
            """);
        File.WriteAllText(Path.Combine(_dir.FullName, "a.feature"), """
            # language: fr
            Fonctionnalité: F
              @requis @EX-01 @EX-99
              Scénario: S1
                Soit rien
              @EX-02
              Scénario: S2 hors profil requis
                Soit rien
            """);
        var scenarios = new FeatureLoader().LoadDirectory(_dir.FullName).Scenarios;

        var problems = RequirementCoverage.Load(Path.Combine(_dir.FullName, "exigences.md"), scenarios).Problems();

        problems.Should().BeEquivalentTo(
            "EX-02 est à vérifier mais aucun scénario @requis ne la porte.",
            "EX-03 est hors périmètre sans raison (« hors périmètre : … »).",
            "EX-03 est étendue mais aucun scénario ne la porte.",
            "@EX-99 (« S1 ») n'est pas au catalogue des exigences.",
            "EX-03 figure 2 fois au catalogue.");
    }

    [Fact]
    public async Task TheExigencesCommand_PrintsTheTable_AndExits0()
    {
        var output = new StringWriter();

        var exit = await KitProgram.Command(output).Parse(["exigences", "--scenarios", ProductScenarios.Directory], KitProgram.ParserSettings).InvokeAsync();

        exit.Should().Be(0, output.ToString());
        output.ToString().Should().Contain("| EX-14 |").And.Contain("Après une réponse perdue, la demande n'est pas envoyée deux fois");
    }
}
