using AiciSandbox.Domain.Particuliers;
using AiciSandbox.Domain.Simulation;
using AiciSandbox.Server.Auth;
using AiciSandbox.Server.Simulation;
using AiciSandbox.Server.Storage;

namespace AiciSandbox.Server.Control;

/// <summary>
/// What the particulier does in the online space (facts §2.1): activate a new account, accept or refuse an appareillage,
/// renew an expired SEPA mandate — and a mandate expiring.
/// </summary>
internal static class ParticulierActionsApi
{
    /// <summary>The particulier's actions: <c>POST /particuliers/{idClient}/…</c> and the trigger each plays.</summary>
    public static readonly (string Path, ParticulierTrigger Trigger, OperationDoc Doc)[] Actions =
    [
        ("activation", ParticulierTrigger.Activate, new("activateParticulier", "The particulier activates the online account (new account)", """
            Plays the particulier clicking the activation link of the e-mail sent after the inscription. The status becomes
            `APPAREILLAGE_VALIDE` at the tenant's simulated now; demandes de paiement may then be sent for employment that
            starts at or after that instant.
            """)),
        ("appareillage/acceptation", ParticulierTrigger.AcceptAppareillage, new("acceptAppareillage",
            "The particulier, who already had an account, accepts the appareillage",
            "Only for an existing account (persona « Existant »); a new account is activated instead.")),
        ("appareillage/refus", ParticulierTrigger.RefuseAppareillage, new("refuseAppareillage", "The particulier refuses the appareillage",
            "The association is broken; GET /particulier then answers ERR_RECHERCHE_PARTICULIER.")),
        ("mandat/expiration", ParticulierTrigger.ExpireMandate, new("expireMandate", "The SEPA mandate expires",
            "Status MANDAT_ECHU; new demandes get ERR_MANDAT_ECHU.")),
        ("mandat/renouvellement", ParticulierTrigger.RenewMandate, new("renewMandate", "The particulier signs a new SEPA mandate",
            "Back to APPAREILLAGE_VALIDE.")),
    ];

    private const string IdClient = "The particulier's idClient, as the inscription answered it.";
    private const string IdClientExample = "0f8fad5b-d9cb-469f-a165-70867728950e";

    public static RouteGroupBuilder MapParticulierActionsApi(this RouteGroupBuilder control)
    {
        var routes = control.MapGroup("").WithTags("Particuliers");
        routes.MapGet("/particuliers", Find)
            .Doc("findParticuliers", "The particuliers registered with this e-mail address",
                "How a tester, or the conformance kit, finds the idClient that a software received.")
            .Param("email", "The e-mail address given at the inscription.", "jeanne.martin@exemple.fr", required: true)
            .Answers<List<ParticulierView>>("The particuliers (an empty list when none).")
            .Refuses(StatusCodes.Status400BadRequest, "CRITERE_MANQUANT");
        routes.MapGet("/particuliers/{idClient}", Read)
            .Doc("readParticulier", "A particulier with persona, account type and dates")
            .Param("idClient", IdClient, IdClientExample)
            .Answers<ParticulierView>("The particulier.")
            .Refuses(StatusCodes.Status404NotFound, "PARTICULIER_INCONNU");
        foreach (var (path, trigger, doc) in Actions)
            routes.MapPost($"/particuliers/{{idClient}}/{path}", (string idClient, RequestTenant t, TenantSimulation s, CancellationToken ct) =>
                    ControlActions.PlayAsync(new ControlAction.OnParticulier(idClient, trigger), t, s, ct))
                .Doc(doc).Param("idClient", IdClient, IdClientExample)
                .Answers<ActionResult>("What the action did (transitions), and the particulier afterwards.")
                .RefusesAction("PARTICULIER_INCONNU", "TRANSITION_INTERDITE", "PARTICULIER_DEJA_ACTIF");
        return control;
    }

    private static async Task<IResult> Read(string idClient, RequestTenant tenant, ISandboxStore store, CancellationToken ct) =>
        await store.FindParticulierAsync(tenant.Id, idClient, ct) is { } p
            ? ControlResults.Ok(ParticulierView.Of(p))
            : ControlResults.Problem(StatusCodes.Status404NotFound, "PARTICULIER_INCONNU", $"Aucun particulier {idClient} pour ce tenant.");

    /// <summary>The particuliers registered with an e-mail address: how a tester finds the idClient a software received.</summary>
    private static async Task<IResult> Find(string? email, RequestTenant tenant, ISandboxStore store, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(email)
            ? ControlResults.Problem(StatusCodes.Status400BadRequest, "CRITERE_MANQUANT", "Le paramètre email est obligatoire.")
            : ControlResults.Ok((await store.FindParticuliersByEmailAsync(tenant.Id, email.Trim(), ct)).Select(ParticulierView.Of).ToList());
}
