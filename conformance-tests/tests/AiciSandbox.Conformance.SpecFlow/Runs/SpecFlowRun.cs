using System.Diagnostics;
using System.Xml.Linq;

namespace AiciSandbox.Conformance.SpecFlow.Runs;

/// <summary>
/// A separate <c>dotnet test</c> of a SpecFlow test assembly or project, with its own environment (a SpecFlow run's
/// settings are read once per process), and the outcome of each test from its TRX file.
/// </summary>
public static class SpecFlowRun
{
    /// <summary>Set in the separate run: a test that starts runs must not start any there (it would recurse).</summary>
    private const string Nested = "AICI_CONFORMANCE_NESTED_RUN";

    /// <summary>
    /// Runs the scenarios of <paramref name="target"/> (a .dll or a .csproj) whose display name contains
    /// <paramref name="scenario"/> (all when null); the tests of this folder (which start runs) are always left out.
    /// </summary>
    public static async Task<IReadOnlyList<TestOutcome>> RunAsync(string target, string? scenario, IReadOnlyDictionary<string, string> environment, params string[] extra)
    {
        if (Environment.GetEnvironmentVariable(Nested) is not null)
            throw new InvalidOperationException("Un run séparé ne lance pas d'autre run séparé.");
        var filter = "FullyQualifiedName!~AiciSandbox.Conformance.SpecFlow.Runs." + (scenario is null ? "" : $"&DisplayName~{scenario}");
        var results = Directory.CreateTempSubdirectory("aici-specflow-");
        try
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in (string[])["test", target, "--filter", filter, "--logger", "trx;LogFileName=run.trx", "--results-directory", results.FullName, .. extra])
                start.ArgumentList.Add(argument);
            foreach (var (name, value) in environment) start.Environment[name] = value;
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment[Nested] = "1";
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var trx = Path.Combine(results.FullName, "run.trx");
            if (!File.Exists(trx))
                throw new InvalidOperationException($"dotnet test {target} n'a pas produit de résultats (code {process.ExitCode}) :\n{await output}\n{await error}");
            return Outcomes(XDocument.Load(trx));
        }
        finally
        {
            results.Delete(recursive: true);
        }
    }

    private static IReadOnlyList<TestOutcome> Outcomes(XDocument trx)
    {
        XNamespace ns = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";
        return trx.Descendants(ns + "UnitTestResult")
            .Select(r => new TestOutcome(
                (string?)r.Attribute("testName") ?? "",
                (string?)r.Attribute("outcome") ?? "",
                (string?)r.Element(ns + "Output")?.Element(ns + "ErrorInfo")?.Element(ns + "Message") ?? "",
                (string?)r.Element(ns + "Output")?.Element(ns + "StdOut") ?? ""))
            .ToList();
    }
}

/// <summary>One test of a separate run: its display name, TRX outcome (Passed, Failed…), failure message and output.</summary>
public sealed record TestOutcome(string Name, string Outcome, string Message, string Output);
