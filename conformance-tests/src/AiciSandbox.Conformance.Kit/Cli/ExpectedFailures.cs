using System.Text.Json;
using AiciSandbox.Conformance.Kit.Sandbox;
using AiciSandbox.Conformance.Runner.Execution;

namespace AiciSandbox.Conformance.Kit.Cli;

/// <summary>
/// The known failures a team has decided to live with for now, each with its reason (a ticket), as the OpenID
/// conformance suite's ignored-failures files: a gate then fails only on a <em>new</em> failure, and says which listed
/// failure now passes so that the list shrinks. File: <c>{"attendus":[{"scenario":"titre exact","raison":"…"}]}</c>.
/// The file is optional: when the path given does not exist, nothing is expected to fail (the gate can only get stricter,
/// so a CI example can always pass the option); a file that exists but cannot be read stops the run.
/// </summary>
public sealed class ExpectedFailures
{
    private readonly Dictionary<string, string> _reasons;

    private ExpectedFailures(Dictionary<string, string> reasons) => _reasons = reasons;

    public static readonly ExpectedFailures None = new([]);

    public int Count => _reasons.Count;

    public static ExpectedFailures Load(string path)
    {
        if (!File.Exists(path)) return None;
        try
        {
            var file = JsonSerializer.Deserialize<ExpectedFailuresFile>(File.ReadAllText(path), KitHttp.Json)
                ?? throw new KitException($"{path} : fichier vide.");
            var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in file.Attendus ?? [])
            {
                if (string.IsNullOrWhiteSpace(entry.Scenario) || string.IsNullOrWhiteSpace(entry.Raison))
                    throw new KitException($"{path} : chaque échec attendu donne « scenario » (le titre exact) et « raison » (un ticket, une échéance).");
                reasons[entry.Scenario.Trim()] = entry.Raison.Trim();
            }
            return new ExpectedFailures(reasons);
        }
        catch (JsonException e)
        {
            throw new KitException($"{path} : JSON illisible ({e.Message}).", e);
        }
    }

    /// <summary>The reason a scenario's failure is expected, or null.</summary>
    public string? ReasonFor(ScenarioResult scenario) => _reasons.GetValueOrDefault(scenario.Name);

    /// <summary>Listed titles that no scenario of the run carries (misspelt, renamed, or outside the profile).</summary>
    public IReadOnlyList<string> Unmatched(IEnumerable<ScenarioResult> run)
    {
        var titles = run.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        return _reasons.Keys.Where(t => !titles.Contains(t)).ToList();
    }

    private sealed record ExpectedFailuresFile(IReadOnlyList<Entry>? Attendus);

    private sealed record Entry(string? Scenario, string? Raison);
}
