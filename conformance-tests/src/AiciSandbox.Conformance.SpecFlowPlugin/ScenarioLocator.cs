using System.Collections;
using System.Collections.Specialized;
using AiciSandbox.Conformance.Runner.Pickles;
using TechTalk.SpecFlow;

namespace AiciSandbox.Conformance.SpecFlowPlugin;

/// <summary>
/// Finds, for the scenario SpecFlow is about to run, the same scenario compiled by the runner from its feature file
/// (its pickle, rule line, uri and line), so that hooks and steps see what they see under the command line.
/// </summary>
/// <remarks>
/// Feature files are looked for in the <c>features</c> setting if given, else next to the tests and in the test
/// project's folder (found by walking up to its <c>.csproj</c>). An outline's example is told apart by its values.
/// </remarks>
public sealed class ScenarioLocator
{
    private readonly ILookup<string, FeatureFile> _byTitle;
    private readonly IReadOnlyList<string> _searched;

    public ScenarioLocator(string? featuresDirectory)
    {
        _searched = featuresDirectory is not null ? [Path.GetFullPath(featuresDirectory)] : DefaultFolders();
        var files = _searched.SelectMany(d => Directory.EnumerateFiles(d, "*.feature", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(Path.GetFullPath).Distinct();
        _byTitle = new FeatureLoader().LoadFiles(files).Features.ToLookup(f => f.Name, StringComparer.Ordinal);
    }

    public ScenarioDefinition Find(FeatureInfo feature, ScenarioInfo scenario)
    {
        var name = Resolve(scenario.Title, scenario.Arguments);
        var candidates = _byTitle[feature.Title].SelectMany(f => f.Scenarios).Where(s => s.Name == name).ToList();
        if (candidates.Count > 1 && scenario.Arguments is { Count: > 0 } arguments)
        {
            var values = arguments.Values.Cast<object?>().Select(v => v?.ToString() ?? "").ToArray();
            candidates = candidates.Where(c => ExampleValues(c).SequenceEqual(values)).ToList();
        }
        return candidates.Count >= 1 ? candidates[0]
            : throw new InvalidOperationException(
                $"Scénario « {name} » de la fonctionnalité « {feature.Title} » introuvable dans les fichiers .feature de {string.Join(", ", _searched)} " +
                "(réglage « features » : AICI_CONFORMANCE_FEATURES ou specflow.json).");
    }

    private static string Resolve(string title, IOrderedDictionary? arguments)
    {
        if (arguments is null) return title;
        foreach (DictionaryEntry entry in arguments) title = title.Replace($"<{entry.Key}>", entry.Value?.ToString(), StringComparison.Ordinal);
        return title;
    }

    /// <summary>The cells of the Examples row an outline's pickle was compiled from.</summary>
    private static IEnumerable<string> ExampleValues(ScenarioDefinition scenario)
    {
        var rowId = scenario.Pickle.AstNodeIds.Skip(1).FirstOrDefault();
        var children = scenario.Feature.Document.Feature?.Children ?? [];
        var scenarios = children.Select(c => c.Scenario)
            .Concat(children.Where(c => c.Rule is not null).SelectMany(c => c.Rule.Children.Select(r => r.Scenario)))
            .Where(s => s is not null);
        var row = scenarios.SelectMany(s => s.Examples).SelectMany(e => e.TableBody).FirstOrDefault(r => r.Id == rowId);
        return row?.Cells.Select(c => c.Value) ?? [];
    }

    private static IReadOnlyList<string> DefaultFolders()
    {
        var folders = new List<string> { AppContext.BaseDirectory };
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (folder.EnumerateFiles("*.csproj").Any())
            {
                folders.Add(folder.FullName);
                break;
            }
        }
        return folders;
    }
}
