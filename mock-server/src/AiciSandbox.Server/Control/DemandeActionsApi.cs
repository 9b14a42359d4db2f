using AiciSandbox.Domain.PaymentRequests;
using AiciSandbox.Domain.Simulation;
using AiciSandbox.Server.Auth;
using AiciSandbox.Server.Simulation;
using AiciSandbox.Server.Storage;

namespace AiciSandbox.Server.Control;

/// <summary>
/// What happens to a demande outside the API: the particulier validates or contests it (seed CGU art. 4.5.2), the bank
/// rejects the debit, the particulier settles the impayé (art. 4.5.5), a URSSAF agent cancels it (art. 4.5.6, decision D11).
/// </summary>
internal static class DemandeActionsApi
{
    /// <summary>The actions on a demande: <c>POST /demandes/{id}/…</c>, the trigger each plays, and whether it takes a motif.</summary>
    public static readonly (string Path, DemandeTrigger Trigger, bool WithMotif)[] Actions =
    [
        ("validation", DemandeTrigger.ValidateByParticulier, false),
        ("contestation", DemandeTrigger.ContestByParticulier, true),
        ("prelevement/rejet", DemandeTrigger.RejectDebit, false),
        ("impaye/regularisation", DemandeTrigger.RegulariseImpaye, false),
        ("annulation", DemandeTrigger.Cancel, true),
    ];

    public static RouteGroupBuilder MapDemandeActionsApi(this RouteGroupBuilder control)
    {
        control.MapGet("/demandes", Find);
        control.MapGet("/demandes/{id}", Read);
        foreach (var (path, trigger, withMotif) in Actions)
            control.MapPost($"/demandes/{{id}}/{path}", (string id, HttpRequest http, RequestTenant t, TenantSimulation s, CancellationToken ct) =>
                Play(id, trigger, withMotif, http, t, s, ct));
        return control;
    }

    private static async Task<IResult> Read(string id, RequestTenant tenant, ISandboxStore store, CancellationToken ct) =>
        await store.FindDemandeAsync(tenant.Id, id, ct) is { } d
            ? ControlResults.Ok(DemandeView.Of(d))
            : ControlResults.Problem(StatusCodes.Status404NotFound, "DEMANDE_INCONNUE", $"Aucune demande de paiement {id} pour ce tenant.");

    /// <summary>
    /// The tenant's demandes, newest first, filtered by status, particulier, invoice number and invoice-date period, one page
    /// at a time (<c>offset</c>, <c>limit</c>; the count of all matches in <c>X-Total-Count</c>): how a tester, the console or
    /// the conformance kit finds what a software sent.
    /// </summary>
    private static async Task<IResult> Find(int? statut, string? idClient, string? numFactureTiers, string? du, string? au, int? offset, int? limit,
        HttpResponse response, RequestTenant tenant, DemandeListing listing, CancellationToken ct)
    {
        var filter = DemandeFilters.Parse(statut, idClient, numFactureTiers, du, au, offset, limit);
        if (!filter.IsAccepted) return ControlResults.Problem(StatusCodes.Status400BadRequest, filter.Refusal!.Code, filter.Refusal.Message);
        var page = await listing.ListAsync(tenant.Id, filter.Value!, ct);
        response.Headers[DemandeFilters.TotalHeader] = page.Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return ControlResults.Ok(page.Items.Select(DemandeView.Of).ToList());
    }

    private static async Task<IResult> Play(string id, DemandeTrigger trigger, bool withMotif, HttpRequest http, RequestTenant tenant,
        TenantSimulation simulation, CancellationToken ct)
    {
        InfoRejet? motif = null;
        if (withMotif)
        {
            var (body, error) = await ControlBody.ReadAsync<MotifRequest>(http, "motif", ct);
            if (error is not null) return error;
            motif = new InfoRejet(body!.Code ?? "", body.Commentaire);
        }
        return await ControlActions.PlayAsync(new ControlAction.OnDemande(id, trigger, motif), tenant, simulation, ct);
    }
}
