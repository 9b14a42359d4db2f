using AiciSandbox.Conformance.Runner.Xunit;
using Xunit.Sdk;

namespace AiciSandbox.Conformance.Runner.Tests.Xunit;

public class GherkinScenarioCaseTests
{
    [Fact]
    public void Case_SurvivesXunitSerialization_AndLoadsItsScenarioAgain()
    {
        var original = (GherkinScenarioCase)GherkinScenarioSource.FromDirectory("Features").Select(r => r[0]).Last();

        var copy = SerializationHelper.Deserialize<GherkinScenarioCase>(SerializationHelper.Serialize(original))!;

        copy.ToString().Should().Be("Calculatrice de factures — Lignes en tableau");
        copy.FeaturePath.Should().Be("Features/facturation.feature");
        var scenario = copy.Load();
        scenario.Name.Should().Be("Lignes en tableau");
        scenario.Tags.Should().Equal("@exemple");
        scenario.Steps.Should().HaveCount(4);
    }

    [Fact]
    public void Source_WithABrokenFile_ReportsItsLocation()
    {
        var folder = Directory.CreateTempSubdirectory("runner-xunit-");
        try
        {
            var path = Path.Combine(folder.FullName, "broken.feature");
            File.WriteAllText(path, "Feature: x\n  Scenario: a\n    Given b\n      | a | b |\n      | c |\n");

            var act = () => GherkinScenarioSource.FromFiles([path]);

            act.Should().Throw<AiciSandbox.Conformance.Runner.Pickles.GherkinParseException>()
                .WithMessage("*broken.feature:5:7: inconsistent cell count within the table");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
