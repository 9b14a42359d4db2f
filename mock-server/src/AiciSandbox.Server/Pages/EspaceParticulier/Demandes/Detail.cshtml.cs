using AiciSandbox.Domain.PaymentRequests;
using AiciSandbox.Domain.Simulation;
using AiciSandbox.Server.Storage;
using AiciSandbox.Server.Web;
using Microsoft.AspNetCore.Mvc;

namespace AiciSandbox.Server.Pages.EspaceParticulier.Demandes;

/// <summary>
/// One of her demandes: provider, dates, lines, amounts, status and the 48 h countdown in simulated time; she validates or
/// contests it (motive from the real list, comment) within 48 h (seed CGU art. 4.5.2). After that, the engine refuses and
/// the page shows its reason; nothing changes.
/// </summary>
internal sealed class DetailModel : ParticulierPage
{
    public DemandePaiement? Demande { get; private set; }
    public string? Erreur { get; private set; }
    public string? Succes { get; private set; }

    public Task<IActionResult> OnGetAsync(string id, CancellationToken ct) => ShowAsync(id, ct);

    public async Task<IActionResult> OnPostValiderAsync(string id, CancellationToken ct) =>
        await PlayAsync(id, DemandeTrigger.ValidateByParticulier, null, "Vous avez validé la demande de paiement.", ct);

    public async Task<IActionResult> OnPostContesterAsync(string id, string? motif, string? commentaire, CancellationToken ct) =>
        await PlayAsync(id, DemandeTrigger.ContestByParticulier, new InfoRejet(motif ?? "", string.IsNullOrWhiteSpace(commentaire) ? null : commentaire.Trim()),
            "Vous avez contesté la demande de paiement : votre prestataire est prévenu.", ct);

    private async Task<IActionResult> PlayAsync(string id, DemandeTrigger trigger, InfoRejet? motif, string succes, CancellationToken ct)
    {
        if (await MineAsync(id, ct) is null) return await ShowAsync(id, ct);
        var played = await Service<PageActions>().PlayAsync(Tenant, Now, new ControlAction.OnDemande(id, trigger, motif), "particulier", ct);
        if (played.IsAccepted) Succes = succes;
        else Erreur = $"{played.Refusal!.Code} : {played.Refusal.Message}";
        return await ShowAsync(id, ct);
    }

    private async Task<IActionResult> ShowAsync(string id, CancellationToken ct)
    {
        Demande = await MineAsync(id, ct);
        if (Demande is null) Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    /// <summary>The demande, if it is hers: another particulier's id is as unknown as a wrong one.</summary>
    private async Task<DemandePaiement?> MineAsync(string id, CancellationToken ct) =>
        await Service<ISandboxStore>().FindDemandeAsync(Tenant.Id, id, ct) is { } d && d.IdClient == Particulier.Id ? d : null;
}
