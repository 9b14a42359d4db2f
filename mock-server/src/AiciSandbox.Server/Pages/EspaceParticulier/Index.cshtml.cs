using AiciSandbox.Domain.Outbox;
using AiciSandbox.Domain.Particuliers;
using AiciSandbox.Domain.PaymentRequests;
using AiciSandbox.Domain.Simulation;
using AiciSandbox.Server.Storage;
using AiciSandbox.Server.Web;
using Microsoft.AspNetCore.Mvc;

namespace AiciSandbox.Server.Pages.EspaceParticulier;

/// <summary>
/// Her space: the account (activation with identity, bank details and SEPA mandate; appareillage accepted or refused;
/// mandate renewed), her demandes with the 48 h countdown in simulated time, her debits and refunds, and her messages.
/// </summary>
internal sealed class IndexModel : ParticulierPage
{
    public IReadOnlyList<DemandePaiement> Demandes { get; private set; } = [];
    public IReadOnlyList<OutboxMessage> Messages { get; private set; } = [];
    public string? Erreur { get; private set; }
    public string? Succes { get; private set; }

    public bool EnAttente => Particulier.Statut is ParticulierStatus.AppareillageEnCours or ParticulierStatus.AppareillageNonFinalise;

    /// <summary>Debits of her reste à charge and refunds after a cancellation: the messages that carry an amount.</summary>
    public IEnumerable<OutboxMessage> Mouvements => Messages.Where(m => m.Montant is not null && m.Channel == "email"
        && m.Kind is OutboxKinds.Prelevement or OutboxKinds.AnnulationParticulier);

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    /// <summary>Activation of a new account: she confirms her identity and bank details and signs the SEPA mandate.</summary>
    public async Task<IActionResult> OnPostActiverAsync(bool identite, bool banque, bool mandat, CancellationToken ct)
    {
        if (!identite || !banque || !mandat)
            Erreur = "Pour activer votre compte, confirmez votre identité et vos coordonnées bancaires, et signez le mandat SEPA.";
        else await PlayAsync(ParticulierTrigger.Activate, "Votre compte est activé.", ct);
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAppareillageAsync(bool accepter, CancellationToken ct)
    {
        await PlayAsync(accepter ? ParticulierTrigger.AcceptAppareillage : ParticulierTrigger.RefuseAppareillage,
            accepter ? "Vous avez accepté l'association avec ce prestataire." : "Vous avez refusé l'association avec ce prestataire.", ct);
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostMandatAsync(CancellationToken ct)
    {
        await PlayAsync(ParticulierTrigger.RenewMandate, "Votre nouveau mandat SEPA est signé.", ct);
        await LoadAsync(ct);
        return Page();
    }

    private async Task PlayAsync(ParticulierTrigger trigger, string succes, CancellationToken ct)
    {
        var played = await Service<PageActions>().PlayAsync(Tenant, Now, new ControlAction.OnParticulier(Particulier.Id.Value, trigger), "particulier", ct);
        if (played.IsAccepted) Succes = succes;
        else Erreur = $"{played.Refusal!.Code} : {played.Refusal.Message}";
        await RefreshAsync();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var id = Particulier.Id.Value;
        Demandes = (await Service<DemandeListing>().ListAsync(Tenant.Id, new DemandeFilter(null, id, null, null, null, 0, 200), ct)).Items;
        Messages = (await Service<ISandboxStore>().ReadOutboxAsync(Tenant.Id, new OutboxQuery(0, 1000, IdClient: id), ct))
            .Select(s => s.Item).Where(m => m.Recipient == Recipient.Particulier).Reverse().ToList();
    }

    /// <summary>Her IBAN as a bank statement shows it: country, check digits and the last four characters.</summary>
    public static string Masked(string? iban) => iban is { Length: > 8 } i ? $"{i[..4]} •••• •••• {i[^4..]}" : "—";
}
