using AiciSandbox.Domain.Clock;
using AiciSandbox.Domain.Tenants;
using AiciSandbox.Server.Auth;
using AiciSandbox.Server.Storage;

namespace AiciSandbox.Server.Control;

/// <summary>
/// The operator's tenants: the one it signs in with and those it created (<c>GET /tenants</c>), and the deletion of one of
/// them with all its data, tokens and journal (<c>DELETE /tenants/{id}</c>): its credentials get 401 afterwards.
/// </summary>
internal static class OwnTenantsApi
{
    public static RouteGroupBuilder MapOwnTenantsApi(this RouteGroupBuilder control)
    {
        var routes = control.MapGroup("").WithTags("Tenants");
        routes.MapGet("/tenants", List)
            .Doc("listTenants", "The operator's tenants (the caller's and those it created)", """
                The caller's tenant first (`courant: true`), then the tenants it created, oldest first. Never a secret, never
                another operator's tenant.
                """)
            .Answers<List<TenantView>>("The tenants.");
        routes.MapDelete("/tenants/{id}", Delete)
            .Doc("deleteTenant", "Delete one of the operator's tenants with its data, tokens and journal", """
                The caller may delete itself or a tenant it created. Everything the tenant holds goes (particuliers, demandes,
                transitions, outbox, journal, snapshots, faults, tokens, particuliers' accesses): its credentials and tokens get
                401 afterwards. Another operator's tenant is answered as unknown (404); the default tenant is kept (409).
                """)
            .Param("id", "The tenant's id, from POST /tenants or GET /tenants.", "tnt_0123456789ab")
            .AnswersNothing("Deleted.")
            .Refuses(StatusCodes.Status404NotFound, OwnTenants.RefusedUnknown)
            .Refuses(StatusCodes.Status409Conflict, OwnTenants.RefusedDefault);
        return control;
    }

    private static async Task<IResult> List(RequestTenant tenant, OwnTenants tenants, TimeProvider realTime, CancellationToken ct) =>
        ControlResults.Ok((await tenants.ListAsync(tenant.Tenant, ct)).Select(t => TenantView.Of(t, t.Id == tenant.Id, realTime)).ToList());

    private static async Task<IResult> Delete(string id, RequestTenant tenant, OwnTenants tenants, CancellationToken ct)
    {
        var refusal = await tenants.DeleteAsync(tenant.Tenant, new TenantId(id), ct);
        return refusal is null ? TypedResults.NoContent() : ControlResults.Refused(refusal);
    }
}

/// <summary>A tenant as its operator sees it in a list; never its secret (shown once, at creation).</summary>
internal sealed record TenantView(string TenantId, string Label, string ClientId, string CreatedAt, ClockView Clock, bool Courant)
{
    public static TenantView Of(Tenant t, bool courant, TimeProvider realTime) => new(t.Id.Value, t.Label, t.ClientId,
        TenantAuthentication.FormatNow(t.CreatedAt), ClockView.Of(t.Clock, new SandboxClock(t.Clock, realTime).GetUtcNow(), null), courant);
}
