using AiciSandbox.Conformance.SpecFlow.Readme;

namespace AiciSandbox.Conformance.SpecFlow.Runs;

/// <summary>
/// The integrator's example project (conformance-tests/examples/MonLogiciel.Conformite), as a QA person runs it with
/// <c>dotnet test</c>: its own French scenario, written with the kit's steps, passes against the reference integrator and
/// fails, naming the broken rule, against a defective one — with the title filter and the failure message that
/// conformance-tests/README.md shows (<see cref="QaWalkThrough"/>).
/// </summary>
public sealed class ExampleProjectTests
{
    private static readonly string Project = Path.Combine(QaWalkThrough.ExampleFolder, "MonLogiciel.Conformite.csproj");

    [Fact]
    public async Task ExampleScenario_PassesAgainstTheReference_AndFailsAgainstADefect_NamingTheRule()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";

        var reference = await SpecFlowRun.RunAsync(Project, QaWalkThrough.TitleFilter, new Dictionary<string, string>(), "-c", configuration);
        var defective = await SpecFlowRun.RunAsync(Project, null,
            new Dictionary<string, string> { ["AICI_CONFORMANCE_DEFECTS"] = "employment-dates-at-midnight" }, "-c", configuration, "--no-build");

        reference.Should().ContainSingle().Which.Outcome.Should().Be("Passed", "the reference integrator sends the invoice as invoiced");
        var failure = defective.Should().ContainSingle().Subject;
        failure.Outcome.Should().Be("Failed");
        failure.Message.Should().Contain("dateDebutEmploi", "the failure says which field was not sent as invoiced")
            .And.Contain(QaWalkThrough.FailureMessage, "the README shows the message as it is");
    }
}
