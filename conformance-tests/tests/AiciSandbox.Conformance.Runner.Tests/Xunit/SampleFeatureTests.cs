using AiciSandbox.Conformance.Runner.Xunit;
using Xunit.Abstractions;

namespace AiciSandbox.Conformance.Runner.Tests.Xunit;

/// <summary>One session for the class: singletons and test-run hooks shared by every scenario of the theory.</summary>
public sealed class SampleSession : IAsyncLifetime
{
    public TestRunSession Session { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Session = await TestRun.ForTypes([typeof(SampleInvoiceSteps), typeof(SampleNoteSteps)]).StartSessionAsync();

    public async Task DisposeAsync() => await Session.DisposeAsync();
}

/// <summary>The test project's own feature files, one xunit test case per scenario, named by its title.</summary>
public class SampleFeatureTests(SampleSession sample, ITestOutputHelper output) : IClassFixture<SampleSession>
{
    public static IEnumerable<object[]> FeatureScenarios() => GherkinScenarioSource.FromDirectory("Features", "not @wip");

    [Theory]
    [MemberData(nameof(FeatureScenarios))]
    public Task Scenario(GherkinScenarioCase scenario) => XunitScenarioRunner.RunAsync(scenario, sample.Session, output);

    [Fact]
    public void FeatureScenarios_HasOneCasePerSelectedScenario_NamedByFeatureAndTitle()
    {
        FeatureScenarios().Select(row => row.Single().ToString()).Should().Equal(
            "Notes — A note with a body",
            "Calculatrice de factures — Ajouter des lignes",
            "Calculatrice de factures — Remise de 10 %",
            "Calculatrice de factures — Remise de 0 %",
            "Calculatrice de factures — Lignes en tableau");
    }

    [Fact]
    public async Task RunAsync_ScenarioThatDoesNotPass_ThrowsWithTheStepReport()
    {
        var wip = (GherkinScenarioCase)GherkinScenarioSource.FromFiles(["Features/en/notes.feature"], "@wip").Single()[0];

        var act = () => XunitScenarioRunner.RunAsync(wip, sample.Session);

        var failure = (await act.Should().ThrowAsync<ScenarioFailedException>()).Which;
        failure.Result.Status.Should().Be(ResultStatus.Undefined);
        failure.Message.Should().StartWith("Scénario : A note nobody implemented — non définie")
            .And.Contain("Fonctionnalité : Notes (Features/en/notes.feature:11)")
            .And.Contain("[non définie]  Given a note written in \"Klingon\" (Features/en/notes.feature:12)")
            .And.Contain("[Given(\"a note written in {string}\")]");
    }
}
