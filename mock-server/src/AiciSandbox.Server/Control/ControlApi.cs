namespace AiciSandbox.Server.Control;

/// <summary>
/// The sandbox control API (<c>/sandbox/v1</c>, contract in <c>openapi/sandbox-control.v1.yaml</c>): what happens outside
/// the URSSAF API — tenants and their timelines, the clock, the particulier's, the bank's and the URSSAF agent's actions,
/// and what the tenant can read back (outbox, transitions, journal, personas). Authenticated with the tenant's own token.
/// </summary>
internal static class ControlApi
{
    public static RouteGroupBuilder MapControlApi(this RouteGroupBuilder control) => control
        .MapTenantsApi()
        .MapOwnTenantsApi()
        .MapClockApi()
        .MapParticulierActionsApi()
        .MapDemandeActionsApi()
        .MapRecordsApi()
        .MapFaultsApi()
        .MapRateLimitsApi();
}
