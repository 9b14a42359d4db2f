using System.Text.RegularExpressions;
using AiciSandbox.Testing;

namespace AiciSandbox.Conformance.SpecFlow.Readme;

/// <summary>
/// What the QA walk-through of conformance-tests/README.md (« QA: the kit's steps in your own SpecFlow project ») tells
/// the reader to write and to expect, read from the README itself: its code blocks, in order.
/// </summary>
public static partial class QaWalkThrough
{
    public static readonly string Root = Repository.Root;

    public static readonly string ExampleFolder = Path.Combine(Root, "conformance-tests", "examples", "MonLogiciel.Conformite");

    private static readonly IReadOnlyList<string> Blocks = ReadBlocks();

    /// <summary>The shell commands of steps 1 and 2.</summary>
    public static string Commands => Blocks[0] + Blocks[1];

    /// <summary>The specflow.json of step 3.</summary>
    public static string SpecFlowJson => Blocks[2];

    /// <summary>The feature file of step 4.</summary>
    public static string Feature => Blocks[3];

    /// <summary>The failure message step 6 shows (the line after « ConformanceFailure : »).</summary>
    public static string FailureMessage =>
        Blocks[4].Split('\n').Single(l => l.Contains("ConformanceFailure : ")).Split("ConformanceFailure : ")[1].Trim();

    /// <summary>The scenario-title filter step 5 gives (<c>DisplayName~…</c>).</summary>
    public static string TitleFilter => TitleFilterPattern().Match(Section()).Groups[1].Value;

    /// <summary>The packages step 1 adds, with their versions.</summary>
    public static IReadOnlyDictionary<string, string> Packages =>
        AddPackage().Matches(Commands).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

    private static IReadOnlyList<string> ReadBlocks() =>
        CodeBlock().Matches(Section()).Select(m => string.Join('\n', m.Groups[1].Value.Split('\n').Select(Unindent))).ToList();

    private static string Section()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "conformance-tests", "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf("## QA: the kit's steps in your own SpecFlow project", StringComparison.Ordinal);
        return readme[start..readme.IndexOf("\n## ", start + 3, StringComparison.Ordinal)];
    }

    /// <summary>The blocks sit in a numbered list: three spaces of indentation.</summary>
    private static string Unindent(string line) => line.StartsWith("   ", StringComparison.Ordinal) ? line[3..] : line;

    [GeneratedRegex(@"```\w*\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"dotnet add package (\S+) --version (\S+)")]
    private static partial Regex AddPackage();

    [GeneratedRegex(@"--filter ""DisplayName~([^""]+)""")]
    private static partial Regex TitleFilterPattern();
}
