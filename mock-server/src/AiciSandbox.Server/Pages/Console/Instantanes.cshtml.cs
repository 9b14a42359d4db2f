using AiciSandbox.Server.Auth;
using AiciSandbox.Server.Control;
using AiciSandbox.Server.Storage;
using AiciSandbox.Server.Web;
using Microsoft.AspNetCore.Mvc;

namespace AiciSandbox.Server.Pages.Console;

/// <summary>
/// Reset of the tenant and its snapshots, each behind an explicit confirmation, on the control API's path
/// (<see cref="TenantTimelines"/>), journaled as <c>POST /sandbox/v1/reset</c>, <c>/snapshots</c>, <c>/snapshots/{id}/restore</c>.
/// </summary>
internal sealed class InstantanesModel : ConsolePage
{
    public IReadOnlyList<TenantSnapshot> Liste { get; private set; } = [];
    public string? Erreur { get; private set; }
    public string? Succes { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostReinitialiserAsync(bool confirmer, string? debut, CancellationToken ct)
    {
        if (Unconfirmed(confirmer, "la réinitialisation")) return await PageAsync(ct);
        var settings = new ClockSettingsRequest(string.IsNullOrWhiteSpace(debut) ? null : debut.Length == 16 ? debut + ":00Z" : debut, null, null);
        var reset = await Service<TenantTimelines>().ResetAsync(Tenant, settings, ct);
        if (!reset.IsAccepted) Erreur = $"{reset.Refusal!.Code} : {reset.Refusal.Message}";
        else Succes = $"Tenant réinitialisé : nouvelle chronologie au {Fr.Instant(reset.Value!.Now)}.";
        await JournalAsync("/sandbox/v1/reset", new ResetRequest(settings), reset.IsAccepted ? 200 : 400,
            reset.IsAccepted ? Clock(reset.Value!) : PageJournal.Problem(reset.Refusal!, 400), ct);
        await RefreshAsync();
        return await PageAsync(ct);
    }

    public async Task<IActionResult> OnPostPrendreAsync(string? libelle, CancellationToken ct)
    {
        var snapshot = await Service<TenantTimelines>().SnapshotAsync(Tenant, Now, libelle, ct);
        if (!snapshot.IsAccepted) Erreur = $"{snapshot.Refusal!.Code} : {snapshot.Refusal.Message}";
        else Succes = $"Instantané {snapshot.Value!.Id} pris.";
        await JournalAsync("/sandbox/v1/snapshots", new SnapshotRequest(libelle), snapshot.IsAccepted ? 201 : 409,
            snapshot.IsAccepted ? SnapshotView.Of(snapshot.Value!) : PageJournal.Problem(snapshot.Refusal!, 409), ct);
        return await PageAsync(ct);
    }

    public async Task<IActionResult> OnPostRestaurerAsync(string id, bool confirmer, CancellationToken ct)
    {
        if (Unconfirmed(confirmer, "la restauration")) return await PageAsync(ct);
        var restored = await Service<TenantTimelines>().RestoreAsync(Tenant, id, ct)
            ?? Domain.Common.Outcome<NewTimeline>.Refuse("SNAPSHOT_INCONNU", $"Aucun instantané {id} pour ce tenant.");
        var status = restored.IsAccepted ? 200 : restored.Refusal!.Code == "SNAPSHOT_INCONNU" ? 404 : 400;
        if (!restored.IsAccepted) Erreur = $"{restored.Refusal!.Code} : {restored.Refusal.Message}";
        else Succes = $"Instantané {id} restauré : nouvelle chronologie au {Fr.Instant(restored.Value!.Now)}.";
        await JournalAsync($"/sandbox/v1/snapshots/{id}/restore", null, status,
            restored.IsAccepted ? Clock(restored.Value!) : PageJournal.Problem(restored.Refusal!, status), ct);
        await RefreshAsync();
        return await PageAsync(ct);
    }

    private bool Unconfirmed(bool confirmer, string what)
    {
        if (confirmer) return false;
        Erreur = $"Cochez la case de confirmation pour {what} : rien n'a changé.";
        return true;
    }

    private static ClockView Clock(NewTimeline t) => ClockView.Of(t.Clock, t.Now, t.Next);

    private Task JournalAsync(string path, object? request, int status, object response, CancellationToken ct) =>
        Service<PageJournal>().AppendAsync(Tenant.Id, Now, "console", "POST", path, request, status, response, ct);

    private async Task<IActionResult> PageAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) => Liste = await Service<ISandboxStore>().ListSnapshotsAsync(Tenant.Id, ct);

    public static string Instant(DateTimeOffset at) => TenantAuthentication.FormatNow(at);
}
