using AiciSandbox.Conformance.Runner.Pickles;
using AiciSandbox.Conformance.Runner.Tags;

namespace AiciSandbox.Conformance.Runner.Xunit;

/// <summary>
/// Produces <c>[MemberData]</c> rows, one <see cref="GherkinScenarioCase"/> per scenario of some feature files.
/// </summary>
/// <example>
/// <code>
/// public static IEnumerable&lt;object[]&gt; Scenarios() =&gt; GherkinScenarioSource.FromDirectory("Features", "not @wip");
///
/// [Theory, MemberData(nameof(Scenarios))]
/// public Task Scenario(GherkinScenarioCase scenario) =&gt; XunitScenarioRunner.RunAsync(scenario, _session, _output);
/// </code>
/// </example>
public static class GherkinScenarioSource
{
    /// <summary>
    /// Every scenario of the <c>*.feature</c> files under <paramref name="directory"/> (relative paths start at the test
    /// assembly's folder), optionally filtered by a tag expression.
    /// </summary>
    /// <exception cref="GherkinParseException">A file does not parse (every error of every file is listed).</exception>
    public static IEnumerable<object[]> FromDirectory(string directory, string? tagExpression = null)
    {
        var root = Path.IsPathRooted(directory) ? directory : Path.Combine(AppContext.BaseDirectory, directory);
        var files = Directory.EnumerateFiles(root, "*.feature", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
        return FromFiles(files, tagExpression);
    }

    /// <summary>Every scenario of the given files, optionally filtered by a tag expression.</summary>
    /// <exception cref="GherkinParseException">A file does not parse.</exception>
    public static IEnumerable<object[]> FromFiles(IEnumerable<string> paths, string? tagExpression = null)
    {
        var filter = TagExpression.Parse(tagExpression ?? "");
        var rows = new List<object[]>();
        var errors = new List<GherkinParseError>();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path, AppContext.BaseDirectory);
            var stored = Stored(full);
            try
            {
                var feature = new FeatureLoader().Parse(File.ReadAllText(full), stored);
                rows.AddRange(feature.Scenarios.Where(s => filter.Evaluate(s.Tags)).Select(s => new object[] { new GherkinScenarioCase(stored, s) }));
            }
            catch (GherkinParseException e)
            {
                errors.AddRange(e.Errors);
            }
        }
        return errors.Count == 0 ? rows : throw new GherkinParseException(errors);
    }

    private static string Stored(string fullPath)
    {
        var relative = Path.GetRelativePath(AppContext.BaseDirectory, fullPath);
        return (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative).Replace('\\', '/');
    }
}
