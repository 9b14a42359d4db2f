namespace AiciSandbox.Conformance.SpecFlow.Runs;

/// <summary>
/// The integrator's example project (conformance-tests/examples/MonLogiciel.Conformite), as a QA person runs it with
/// <c>dotnet test</c>: its own French scenario, written with the kit's steps, passes against the reference integrator and
/// fails, naming the broken rule, against a defective one.
/// </summary>
public sealed class ExampleProjectTests
{
    private static readonly string Project = Path.Combine(RepositoryRoot(), "conformance-tests", "examples", "MonLogiciel.Conformite", "MonLogiciel.Conformite.csproj");

    [Fact]
    public async Task ExampleScenario_PassesAgainstTheReference_AndFailsAgainstADefect_NamingTheRule()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";

        var reference = await SpecFlowRun.RunAsync(Project, null, new Dictionary<string, string>(), "-c", configuration);
        var defective = await SpecFlowRun.RunAsync(Project, null,
            new Dictionary<string, string> { ["AICI_CONFORMANCE_DEFECTS"] = "employment-dates-at-midnight" }, "-c", configuration, "--no-build");

        reference.Should().ContainSingle().Which.Outcome.Should().Be("Passed", "the reference integrator sends the invoice as invoiced");
        var failure = defective.Should().ContainSingle().Subject;
        failure.Outcome.Should().Be("Failed");
        failure.Message.Should().Contain("dateDebutEmploi", "the failure says which field was not sent as invoiced");
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "AiciSandbox.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException("Dépôt introuvable au-dessus de " + AppContext.BaseDirectory);
    }
}
