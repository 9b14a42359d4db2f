using AiciSandbox.Server.Journal;
using AiciSandbox.Server.Storage;
using AiciSandbox.Server.Web;

namespace AiciSandbox.Server.Pages.Console;

/// <summary>The tenant's journal: request/response pairs, latest first, filtered by path, status and simulated time.</summary>
internal sealed class JournalModel : ConsolePage
{
    /// <summary>How many of the latest entries the page searches.</summary>
    public const int Window = 500;

    public IReadOnlyList<Sequenced<JournalEntry>> Entrees { get; private set; } = [];
    public string? Chemin { get; private set; }
    public int? Statut { get; private set; }
    public string? Depuis { get; private set; }

    public async Task OnGetAsync(string? chemin, int? statut, string? depuis, CancellationToken ct)
    {
        (Chemin, Statut, Depuis) = (chemin, statut, depuis);
        DateTimeOffset? from = DateTimeOffset.TryParse(depuis, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : null;
        Entrees = (await Service<ISandboxStore>().ReadJournalTailAsync(Tenant.Id, Window, ct))
            .Where(e => string.IsNullOrWhiteSpace(chemin) || e.Item.Path.Contains(chemin.Trim(), StringComparison.OrdinalIgnoreCase))
            .Where(e => statut is null || e.Item.Status == statut)
            .Where(e => from is null || e.Item.SimulatedAt >= from)
            .Reverse().ToList();
    }
}
