using AiciSandbox.Domain.PaymentRequests;
using AiciSandbox.Domain.Simulation;
using AiciSandbox.Server.Storage;
using AiciSandbox.Server.Web;
using Microsoft.AspNetCore.Mvc;

namespace AiciSandbox.Server.Pages.Console.Demandes;

/// <summary>
/// One demande of the tenant: amounts, infoRejet / infoVirement, history of transitions, and only the control actions its
/// status allows (<see cref="DemandeTransitions"/>). Another tenant's id is a 404 page without data.
/// </summary>
internal sealed class DetailModel : ConsolePage
{
    /// <summary>The control actions on a demande, in the order the page shows them.</summary>
    private static readonly DemandeTrigger[] ControlTriggers =
        [DemandeTrigger.ValidateByParticulier, DemandeTrigger.ContestByParticulier, DemandeTrigger.RejectDebit, DemandeTrigger.RegulariseImpaye, DemandeTrigger.Cancel];

    public DemandePaiement? Demande { get; private set; }
    public IReadOnlyList<Transition> Historique { get; private set; } = [];
    public string? Erreur { get; private set; }
    public string? Succes { get; private set; }

    public IEnumerable<DemandeTrigger> Legales => Demande is null ? [] : ControlTriggers.Where(t => DemandeTransitions.Target(Demande.Statut, t) is not null);

    public Task<IActionResult> OnGetAsync(string id, CancellationToken ct) => ShowAsync(id, ct);

    public async Task<IActionResult> OnPostAsync(string id, DemandeTrigger action, string? motif, string? commentaire, CancellationToken ct)
    {
        if (!ControlTriggers.Contains(action)) return BadRequest();
        var withMotif = action is DemandeTrigger.ContestByParticulier or DemandeTrigger.Cancel;
        var played = await Service<PageActions>().PlayAsync(Tenant, Now,
            new ControlAction.OnDemande(id, action, withMotif ? new InfoRejet(motif ?? "", string.IsNullOrWhiteSpace(commentaire) ? null : commentaire) : null),
            "console", ct);
        if (played.IsAccepted) Succes = $"{Libelles.Trigger(action.ToString())} : fait.";
        else Erreur = $"{played.Refusal!.Code} : {played.Refusal.Message}";
        return await ShowAsync(id, ct);
    }

    private async Task<IActionResult> ShowAsync(string id, CancellationToken ct)
    {
        Demande = await Service<ISandboxStore>().FindDemandeAsync(Tenant.Id, id, ct);
        if (Demande is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        Historique = (await Service<ISandboxStore>().ReadHistoryAsync(Tenant.Id, "demande", id, ct)).Select(t => t.Item).ToList();
        return Page();
    }
}
