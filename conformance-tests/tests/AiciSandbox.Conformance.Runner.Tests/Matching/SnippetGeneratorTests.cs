using AiciSandbox.Conformance.Runner.Matching;
using AiciSandbox.Conformance.Runner.Tests.Support;

namespace AiciSandbox.Conformance.Runner.Tests.Matching;

public class SnippetGeneratorTests
{
    private static string SnippetOf(string steps) =>
        SnippetGenerator.Generate(Scenarios.Parse($"# language: fr\nFonctionnalité: F\n  Scénario: S\n{steps}")[0].Steps[^1]);

    [Fact]
    public void Snippet_TurnsNumbersAndQuotedTextsIntoPlaceholders()
    {
        SnippetOf("    Soit une facture de 12,50 € pour \"Jean Dupont\" et 3 lignes\n").Should().Be("""
            [Given("une facture de {decimal} € pour {string} et {int} lignes")]
            public void GivenUneFactureDePourEtLignes(decimal p0, string p1, int p2)
            {
                throw new NotImplementedException();
            }
            """);
    }

    [Fact]
    public void Snippet_UsesTheResolvedStepTypeOfAndSteps()
    {
        SnippetOf("    Quand la demande est envoyée\n    Et l'URSSAF répond 'OK' après 1.5 secondes\n").Should().StartWith("""
            [When("l'URSSAF répond {string} après {decimal} secondes")]
            public void WhenLURSSAFRepondApresSecondes(string p0, decimal p1)
            """);
    }

    [Fact]
    public void Snippet_AddsTheTableOrDocStringParameter()
    {
        SnippetOf("    Alors les lignes sont\n      | a |\n      | 1 |\n").Should().Contain("public void ThenLesLignesSont(DataTable table)");
        SnippetOf("    Alors le corps est\n      \"\"\"\n      {}\n      \"\"\"\n").Should().Contain("public void ThenLeCorpsEst(string docString)");
    }

    [Fact]
    public void Snippet_EscapesExpressionCharactersAndCSharpQuotes()
    {
        SnippetOf("    * le total (TTC) vaut 5/mois et \\ reste\n").Should().StartWith("""
            [StepDefinition("le total \\(TTC\\) vaut {int}\\/mois et \\\\ reste")]
            public void StepLeTotalTTCVautMoisEtReste(int p0)
            """);
    }

    [Fact]
    public void Snippet_LargeNumbersBecomeLong()
    {
        SnippetOf("    Soit le SIRET 12345678901234\n").Should().StartWith("[Given(\"le SIRET {long}\")]");
    }
}
