using AiciSandbox.Conformance.Runner.Tests.Support;
using Io.Cucumber.Messages.Types;

namespace AiciSandbox.Conformance.Runner.Tests.Pickles;

public class FeatureLoaderTests
{
    private const string French = """
        # language: fr
        @facturation
        Fonctionnalité: Demandes de paiement
          Contexte:
            Soit un particulier inscrit

          Règle: Une demande valide est acceptée
            @requis
            Scénario: Demande valide
              Étant donné une facture de 120,50 €
              Et une ligne de prestation
              Mais aucune remise
              Quand la demande est envoyée
              Alors elle est acceptée
              * le journal la montre

            Plan du scénario: Montant <montant>
              Soit une facture de <montant> €
              Alors le statut est "<statut>"

              @petit
              Exemples: petits montants
                | montant | statut  |
                | 10      | ACCEPTE |
                | 0       | REFUSE  |
        """;

    [Fact]
    public void Parse_FrenchFeature_GivesOnePicklePerScenarioAndExampleRow()
    {
        var scenarios = Scenarios.Parse(French);

        scenarios.Select(s => s.Name).Should().Equal("Demande valide", "Montant 10", "Montant 0");
        scenarios.Should().AllSatisfy(s => s.FeatureName.Should().Be("Demandes de paiement"));
        scenarios[0].Feature.Language.Should().Be("fr");
    }

    [Fact]
    public void Parse_FrenchKeywords_AreResolvedToStepTypesIncludingAndButAndStar()
    {
        var steps = Scenarios.Parse(French)[0].Steps;

        steps.Select(s => s.Type).Should().Equal(
            PickleStepType.CONTEXT, PickleStepType.CONTEXT, PickleStepType.CONTEXT, PickleStepType.CONTEXT,
            PickleStepType.ACTION, PickleStepType.OUTCOME, PickleStepType.UNKNOWN);
        steps.Select(s => s.Keyword.Trim()).Should().Equal("Soit", "Étant donné", "Et", "Mais", "Quand", "Alors", "*");
    }

    [Fact]
    public void Parse_Background_IsPrependedToEveryScenario()
    {
        Scenarios.Parse(French).Should().AllSatisfy(s => s.Steps[0].Text.Should().Be("un particulier inscrit"));
    }

    [Fact]
    public void Parse_Outline_FillsPlaceholdersAndPointsAtTheExampleRow()
    {
        var row = Scenarios.Parse(French)[2];

        row.Steps.Select(s => s.Text).Should().Equal("un particulier inscrit", "une facture de 0 €", "le statut est \"REFUSE\"");
        row.Line.Should().Be(25);
        row.Steps[1].Line.Should().Be(18, "a step keeps the line it was written on");
    }

    [Fact]
    public void Parse_Tags_AreMergedFromFeatureRuleScenarioAndExamples()
    {
        var scenarios = Scenarios.Parse(French);

        scenarios[0].Tags.Should().Equal("@facturation", "@requis");
        scenarios[1].Tags.Should().Equal("@facturation", "@petit");
    }

    [Fact]
    public void Parse_EnglishFeature_WithDataTableAndDocString_KeepsStepArguments()
    {
        var scenario = Scenarios.Parse("""
            Feature: Invoices
              Scenario: Lines
                Given the lines
                  | label | amount |
                  | Ménage | 12.50 |
                When the body is
                  ```json
                  {"a": 1}
                  ```
            """).Single();

        scenario.Steps[0].DataTable!.Rows.Should().HaveCount(2);
        scenario.Steps[1].DocString!.Content.Should().Be("{\"a\": 1}");
        scenario.Steps[1].DocString!.MediaType.Should().Be("json");
        scenario.Uri.Should().Be("test.feature");
        scenario.Line.Should().Be(2);
    }

    [Fact]
    public void Parse_SameTextTwice_GivesTheSameIds()
    {
        var first = Scenarios.Parse(French).Select(s => s.Pickle.Id);
        var second = Scenarios.Parse(French).Select(s => s.Pickle.Id);

        first.Should().Equal(second);
    }

    [Fact]
    public void Parse_SyntaxError_IsReportedAsFileLineColumn()
    {
        var act = () => new FeatureLoader().Parse("Feature: x\n  Scenario: a\n    Given b\n  oops here\n", "features/broken.feature");

        var error = act.Should().Throw<GherkinParseException>().Which.Errors.Single();
        error.ToString().Should().StartWith("features/broken.feature:4:3: expected:").And.EndWith("got 'oops here'");
    }

    [Fact]
    public void Parse_InconsistentTable_IsReportedAtTheBadRow()
    {
        var act = () => new FeatureLoader().Parse("Feature: x\n  Scenario: a\n    Given b\n      | a | b |\n      | c |\n", "t.feature");

        act.Should().Throw<GherkinParseException>().Which.Errors.Single().ToString()
            .Should().Be("t.feature:5:7: inconsistent cell count within the table");
    }

    [Fact]
    public void Parse_SeveralSyntaxErrors_AreAllReportedInFileOrder()
    {
        var act = () => new FeatureLoader().Parse(
            "Feature: x\n  Scenario: a\n    Given b\n  oops one\n  Scenario: c\n    Given d\n      | a | b |\n      | c |\n", "t.feature");

        act.Should().Throw<GherkinParseException>().Which.Errors.Select(e => (e.Line, e.Column)).Should().Equal((4, 3), (8, 7));
    }

    [Fact]
    public void LoadFiles_CollectsTheErrorsOfEveryFileAndKeepsTheGoodOnes()
    {
        var folder = Directory.CreateTempSubdirectory("runner-loader-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "a.feature"), "Feature: A\n  Scenario: ok\n    Given x\n");
            File.WriteAllText(Path.Combine(folder.FullName, "b.feature"), "Feature: B\n  Scenario: s\n    Given x\n  oops here\n");
            File.WriteAllText(Path.Combine(folder.FullName, "c.feature"), "# language: xx\nFeature: C\n");

            var set = new FeatureLoader().LoadDirectory(folder.FullName);

            set.Scenarios.Select(s => s.Name).Should().Equal("ok");
            set.Errors.Select(e => (Path.GetFileName(e.Uri), e.Line)).Should().Equal(("b.feature", 4), ("c.feature", 1));
            set.Succeeded.Should().BeFalse();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
