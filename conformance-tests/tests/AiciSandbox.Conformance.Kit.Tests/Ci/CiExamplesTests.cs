using System.CommandLine;
using System.Text.RegularExpressions;
using AiciSandbox.Conformance.Kit.Cli;
using AiciSandbox.Testing;
using YamlDotNet.RepresentationModel;

namespace AiciSandbox.Conformance.Kit.Tests.Ci;

/// <summary>
/// The CI examples of <c>conformance-tests/ci/</c> run as written: they are valid YAML, every kit command line in them
/// parses with the kit's own command line (no unknown option, no missing value), and every path they rely on exists —
/// the Dockerfiles, the file the kit image runs, the directory it works in, the reports the kit writes, the driver's
/// health route and the sandbox image's port.
/// </summary>
public sealed partial class CiExamplesTests
{
    private static readonly string Root = Repository.Root;

    public static TheoryData<string> Examples => new() { "github-actions.yml", "gitlab-ci.yml" };

    [Theory]
    [MemberData(nameof(Examples))]
    public void EveryKitCommandLine_ParsesWithTheKitsOwnOptions(string example)
    {
        var commands = KitCommands(Commands(example)).ToList();

        commands.Should().NotBeEmpty($"{example} runs the kit");
        foreach (var args in commands)
        {
            var parse = KitProgram.Command(TextWriter.Null).Parse(args, KitProgram.ParserSettings);
            parse.Errors.Should().BeEmpty($"« aici-conformance {string.Join(' ', args)} » in {example}");
            args[0].Should().Be("run");
            Value(args, "--tags").Should().Be("@requis");
            Value(args, "--out").Should().Be("conformance-report", "the report paths the example uploads are under conformance-report/");
            args.Should().Contain("--expected-failures", "the example shows the optional list of known failures");
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void EveryPathTheExampleUses_Exists(string example)
    {
        var text = File.ReadAllText(Path.Combine(Root, "conformance-tests", "ci", example));
        var dockerfile = File.ReadAllText(Path.Combine(Root, "docker", "Dockerfile.conformance"));
        var driverContract = File.ReadAllText(Path.Combine(Root, "openapi", "integrator-driver.v1.yaml"));

        foreach (Match file in RepositoryFile().Matches(text))
            File.Exists(Path.Combine(Root, file.Value)).Should().BeTrue($"{example} uses {file.Value}");
        if (text.Contains("/app/aici-conformance.dll")) dockerfile.Should().Contain("ENTRYPOINT [\"dotnet\", \"/app/aici-conformance.dll\"]");
        if (text.Contains("/work/conformance-report")) dockerfile.Should().Contain("WORKDIR /work");
        if (text.Contains("/driver/v1/health")) driverContract.Should().Contain("  /driver/v1/health:");
        if (text.Contains("sandbox:8080")) File.ReadAllText(Path.Combine(Root, "docker", "Dockerfile")).Should().Contain("EXPOSE 8080");
        foreach (Match report in Report().Matches(text))
            File.ReadAllText(Path.Combine(Root, "conformance-tests", "src", "AiciSandbox.Conformance.Kit", "Cli", "ConformanceRun.cs"))
                .Should().Contain($"\"{report.Groups["file"].Value}\"", $"{example} reads conformance-report/{report.Groups["file"].Value}");
    }

    [Fact]
    public void TheKitImage_RunsTheKitAssembly()
    {
        File.ReadAllText(Path.Combine(Root, "conformance-tests", "src", "AiciSandbox.Conformance.Kit", "AiciSandbox.Conformance.Kit.csproj"))
            .Should().Contain("<AssemblyName>aici-conformance</AssemblyName>");
        File.ReadAllText(Path.Combine(Root, "docker", "Dockerfile.conformance")).Should().Contain("""ENTRYPOINT ["dotnet", "/app/aici-conformance.dll"]""");
    }

    [Fact]
    public void Reports_AreIgnoredByGit() =>
        File.ReadAllLines(Path.Combine(Root, ".gitignore")).Should().Contain("conformance-report/");

    /// <summary>The shell commands of the example's steps (GitHub <c>run</c>) or jobs (GitLab <c>script</c>), continuation lines joined.</summary>
    private static IEnumerable<string> Commands(string example)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(Root, "conformance-tests", "ci", example))) yaml.Load(reader);
        return Scalars(yaml.Documents[0].RootNode)
            .Where(s => s.Key is "run" or "script")
            .SelectMany(s => s.Value)
            .Select(command => command.Replace("\\\n", " "));
    }

    private static IEnumerable<(string Key, IEnumerable<string> Value)> Scalars(YamlNode node) => node switch
    {
        YamlMappingNode map => map.Children.SelectMany(c => c.Value switch
        {
            YamlScalarNode scalar => [(((YamlScalarNode)c.Key).Value!, [scalar.Value!])],
            YamlSequenceNode seq when seq.All(i => i is YamlScalarNode) => [(((YamlScalarNode)c.Key).Value!, seq.Cast<YamlScalarNode>().Select(i => i.Value!))],
            _ => Scalars(c.Value),
        }),
        YamlSequenceNode seq => seq.SelectMany(Scalars),
        _ => [],
    };

    /// <summary>The kit's arguments: what follows <c>aicisandbox-conformance</c> (image) or <c>aici-conformance.dll</c> on a line.</summary>
    private static IEnumerable<string[]> KitCommands(IEnumerable<string> commands) =>
        commands.SelectMany(c => c.Split('\n'))
            .Select(line => KitInvocation().Match(line))
            .Where(m => m.Success)
            .Select(m => Regex.Replace(m.Groups["args"].Value, @"\s+#.*$", "").Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string? Value(string[] args, string option) =>
        Array.IndexOf(args, option) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    [GeneratedRegex(@"(?:aicisandbox-conformance(?::\S+)?|aici-conformance\.dll)\s+(?<args>run\b.*)$")]
    private static partial Regex KitInvocation();

    /// <summary>Repository files the examples name (the copy of AiciSandbox is checked out in <c>aicisandbox/</c>).</summary>
    [GeneratedRegex(@"(?<=aicisandbox/|-f )docker/Dockerfile(\.conformance)?\b")]
    private static partial Regex RepositoryFile();

    [GeneratedRegex(@"conformance-report/(?<file>[a-z]+\.(xml|ndjson|html|json))")]
    private static partial Regex Report();
}
