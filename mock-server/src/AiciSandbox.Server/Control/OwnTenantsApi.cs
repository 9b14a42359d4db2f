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
        control.MapGet("/tenants", List);
        control.MapDelete("/tenants/{id}", Delete);
        return control;
    }

    private static async Task<IResult> List(RequestTenant tenant, OwnTenants tenants, TimeProvider realTime, CancellationToken ct) =>
        ControlResults.Ok((await tenants.ListAsync(tenant.Tenant, ct)).Select(t => TenantView.Of(t, t.Id == tenant.Id, realTime)).ToList());

    private static async Task<IResult> Delete(string id, RequestTenant tenant, OwnTenants tenants, CancellationToken ct)
    {
        var refusal = await tenants.DeleteAsync(tenant.Tenant, new TenantId(id), ct);
        return refusal is null ? TypedResults.NoContent() : ControlResults.Problem(refusal.Code switch
        {
            OwnTenants.RefusedUnknown => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status409Conflict,
        }, refusal.Code, refusal.Message);
    }
}

/// <summary>A tenant as its operator sees it in a list; never its secret (shown once, at creation).</summary>
internal sealed record TenantView(string TenantId, string Label, string ClientId, string CreatedAt, ClockView Clock, bool Courant)
{
    public static TenantView Of(Tenant t, bool courant, TimeProvider realTime) => new(t.Id.Value, t.Label, t.ClientId,
        TenantAuthentication.FormatNow(t.CreatedAt), ClockView.Of(t.Clock, new SandboxClock(t.Clock, realTime).GetUtcNow(), null), courant);
}
