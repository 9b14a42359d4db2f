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
    public static readonly (string Path, ParticulierTrigger Trigger)[] Actions =
    [
        ("activation", ParticulierTrigger.Activate),
        ("appareillage/acceptation", ParticulierTrigger.AcceptAppareillage),
        ("appareillage/refus", ParticulierTrigger.RefuseAppareillage),
        ("mandat/expiration", ParticulierTrigger.ExpireMandate),
        ("mandat/renouvellement", ParticulierTrigger.RenewMandate),
    ];

    public static RouteGroupBuilder MapParticulierActionsApi(this RouteGroupBuilder control)
    {
        control.MapGet("/particuliers", Find);
        control.MapGet("/particuliers/{idClient}", Read);
        foreach (var (path, trigger) in Actions)
            control.MapPost($"/particuliers/{{idClient}}/{path}", (string idClient, RequestTenant t, TenantSimulation s, CancellationToken ct) =>
                ControlActions.PlayAsync(new ControlAction.OnParticulier(idClient, trigger), t, s, ct));
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
