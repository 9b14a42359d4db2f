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
    public static readonly (string Path, DemandeTrigger Trigger, bool WithMotif, OperationDoc Doc)[] Actions =
    [
        ("validation", DemandeTrigger.ValidateByParticulier, false, new("validateDemande", "The particulier validates the demande (20 → 30)",
            "Within the 48 h window (seed CGU art. 4.5.2).")),
        ("contestation", DemandeTrigger.ContestByParticulier, true, new("contestDemande", "The particulier refuses or contests the demande (20 → 40)",
            "Code REGUL_* or CONTEST_* and a comment; they appear in infoRejet.")),
        ("prelevement/rejet", DemandeTrigger.RejectDebit, false, new("rejectDebit", "The particulier's bank rejects the debit (50/70 → 60)",
            "The particulier is blocked; the organisme is told the amount and the estimated date of its own debit.")),
        ("impaye/regularisation", DemandeTrigger.RegulariseImpaye, false, new("regulariseImpaye", "The particulier settles the impayé (60 → 70)",
            "The block is lifted once no demande of the particulier is unpaid.")),
        ("annulation", DemandeTrigger.Cancel, true, new("cancelDemande",
            "A URSSAF agent cancels the demande (→ 110, 111 after impayé, 112 after recouvrement)",
            "Code ANNUL_* and a comment. A contested demande cannot be cancelled (409). A paid demande is clawed back from the provider ≥ 30 days later.")),
    ];

    private const string Id = "The demande's idDemandePaiement, as the URSSAF API answered it.";
    private const string IdExample = "5f3b1c2a-8d4e-4b7a-9c61-2e0d3f4a5b6c";

    private static readonly Dictionary<DemandeTrigger, MotifRequest> MotifExamples = new()
    {
        [DemandeTrigger.ContestByParticulier] = new("CONTEST_ERR_FACT", "Deux heures facturées, une seule faite."),
        [DemandeTrigger.Cancel] = new("ANNUL_DBL", "Facture émise en double."),
    };

    public static RouteGroupBuilder MapDemandeActionsApi(this RouteGroupBuilder control)
    {
        var routes = control.MapGroup("").WithTags("Demandes");
        routes.MapGet("/demandes", Find)
            .Doc("findDemandes", "The tenant's demandes, filtered and paged", """
                Newest submission first. How a tester, the console or the conformance kit finds the idDemandePaiement that a
                software received (`numFactureTiers`). Filters combine; the total before paging is in `X-Total-Count`.
                """)
            .Param("statut", "A demande status code (10, 20, 30, 40, 50, 60, 70, 110, 111, 112, 120).", 20)
            .Param("idClient", "The particulier's idClient.", "0f8fad5b-d9cb-469f-a165-70867728950e")
            .Param("numFactureTiers", "The invoice number the software sent.", "F-2026-0042")
            .Param("du", "First invoice date of the period (AAAA-MM-JJ).", "2026-03-01")
            .Param("au", "Last invoice date of the period (AAAA-MM-JJ).", "2026-03-31")
            .Param("offset", "How many demandes to skip (default 0).", 0)
            .Param("limit", "Page size (default 50, at most 200).", 50)
            .Answers<List<DemandeView>>("The page of demandes (an empty list when none).")
            .Refuses(StatusCodes.Status400BadRequest, "STATUT_INCONNU", "PERIODE_INVALIDE", "PAGE_INVALIDE");
        routes.MapGet("/demandes/{id}", Read)
            .Doc("readDemande", "A demande with its money and dates")
            .Param("id", Id, IdExample)
            .Answers<DemandeView>("The demande.")
            .Refuses(StatusCodes.Status404NotFound, "DEMANDE_INCONNUE");
        foreach (var (path, trigger, withMotif, doc) in Actions)
        {
            var route = routes.MapPost($"/demandes/{{id}}/{path}", (string id, HttpRequest http, RequestTenant t, TenantSimulation s, CancellationToken ct) =>
                    Play(id, trigger, withMotif, http, t, s, ct))
                .Doc(doc).Param("id", Id, IdExample)
                .Answers<ActionResult>("What the action did (transitions), and the demande afterwards.")
                .RefusesAction("DEMANDE_INCONNUE", "TRANSITION_INTERDITE");
            if (withMotif)
                route.Body(optional: false, ("motif", MotifExamples[trigger])).Refuses(StatusCodes.Status400BadRequest, "INVALID_BODY", "MOTIF_INVALIDE");
        }
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
