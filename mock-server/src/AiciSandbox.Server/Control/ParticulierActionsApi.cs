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
    public static RouteGroupBuilder MapParticulierActionsApi(this RouteGroupBuilder control)
    {
        control.MapGet("/particuliers", Find);
        control.MapGet("/particuliers/{idClient}", Read);
        control.MapPost("/particuliers/{idClient}/activation", (string idClient, RequestTenant t, TenantSimulation s, CancellationToken ct) =>
            Play(idClient, ParticulierTrigger.Activate, t, s, ct));
        control.MapPost("/particuliers/{idClient}/appareillage/acceptation", (string idClient, RequestTenant t, TenantSimulation s, CancellationToken ct) =>
            Play(idClient, ParticulierTrigger.AcceptAppareillage, t, s, ct));
        control.MapPost("/particuliers/{idClient}/appareillage/refus", (string idClient, RequestTenant t, TenantSimulation s, CancellationToken ct) =>
            Play(idClient, ParticulierTrigger.RefuseAppareillage, t, s, ct));
        control.MapPost("/particuliers/{idClient}/mandat/expiration", (string idClient, RequestTenant t, TenantSimulation s, CancellationToken ct) =>
            Play(idClient, ParticulierTrigger.ExpireMandate, t, s, ct));
        control.MapPost("/particuliers/{idClient}/mandat/renouvellement", (string idClient, RequestTenant t, TenantSimulation s, CancellationToken ct) =>
            Play(idClient, ParticulierTrigger.RenewMandate, t, s, ct));
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

    private static Task<IResult> Play(string idClient, ParticulierTrigger trigger, RequestTenant tenant, TenantSimulation simulation, CancellationToken ct) =>
        ControlActions.PlayAsync(new ControlAction.OnParticulier(idClient, trigger), tenant, simulation, ct);
}
