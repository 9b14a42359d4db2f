using AiciSandbox.Domain.Common;
using AiciSandbox.Domain.Tenants;
using AiciSandbox.Server.Auth;
using AiciSandbox.Server.Storage;

namespace AiciSandbox.Server.Control;

/// <summary>
/// The tenant's own rate limits (none by default, the default tenant included): at most N requests per S seconds on the
/// URSSAF operations (<c>api</c>) and on the token endpoint (<c>token</c>), answered 429 beyond — so that an integrator tests
/// its back-off against a real limiter, not only against an armed fault.
/// </summary>
internal static class RateLimitsApi
{
    public static RouteGroupBuilder MapRateLimitsApi(this RouteGroupBuilder control)
    {
        var routes = control.MapGroup("").WithTags("Rate limits");
        routes.MapGet("/rate-limits", (RequestTenant tenant) => ControlResults.Ok(RateLimitsView.Of(tenant.Tenant.RateLimits)))
            .Doc("readRateLimits", "The tenant's rate limits (none by default)")
            .Answers<RateLimitsView>("The limits; a null limit is no limit.");
        routes.MapPut("/rate-limits", Set)
            .Doc("setRateLimits", "Limit the tenant's traffic on the URSSAF operations and the token endpoint", """
                At most `permits` requests per `windowSeconds` on the URSSAF operations (`api`) and on the token endpoint
                (`token`); beyond, 429 with `Retry-After` and the gateway's `RATE_LIMIT_TOO_MANY_REQUESTS` (OAuth
                `too_many_requests` on the token endpoint). An absent or null limit removes it.
                """)
            .Body(optional: false, ("api", new RateLimitsView(new RateLimitView(10, 1), new RateLimitView(5, 60))))
            .Answers<RateLimitsView>("The limits now in force.")
            .Refuses(StatusCodes.Status400BadRequest, "INVALID_BODY", RateLimit.Refused);
        return control;
    }

    private static async Task<IResult> Set(HttpRequest http, RequestTenant tenant, TenantSessions sessions, CancellationToken ct)
    {
        var (request, error) = await ControlBody.ReadAsync<RateLimitsView>(http, "rateLimits", ct);
        if (error is not null) return error;
        Outcome<RateLimit>? api = request!.Api is { } a ? RateLimit.Of("api", a.Permits, a.WindowSeconds) : null;
        Outcome<RateLimit>? token = request.Token is { } t ? RateLimit.Of("token", t.Permits, t.WindowSeconds) : null;
        foreach (var limit in new[] { api, token })
            if (limit is { IsAccepted: false } refused)
                return ControlResults.Problem(StatusCodes.Status400BadRequest, refused.Refusal!.Code, refused.Refusal.Message);

        var settings = api is null && token is null ? null : new RateLimitSettings(api?.Value, token?.Value);
        // Read and written in the tenant's session, like a clock move: a record read outside it could carry a clock that a
        // concurrent move has since replaced, and saving it would set that clock back. The directory forgets the tenant on
        // commit, so the next request already meets the new limits.
        await sessions.RunAsync(tenant.Id, async session =>
        {
            var current = await session.FindTenantAsync(tenant.Id, ct) ?? tenant.Tenant;
            await session.SaveTenantAsync(current with { RateLimits = settings }, ct);
            return true;
        }, ct);
        return ControlResults.Ok(RateLimitsView.Of(settings));
    }
}

/// <summary>Body of <c>PUT /sandbox/v1/rate-limits</c> and answer of both routes; an absent or null limit is no limit.</summary>
internal sealed record RateLimitsView(RateLimitView? Api, RateLimitView? Token)
{
    public static RateLimitsView Of(RateLimitSettings? settings) => new(RateLimitView.Of(settings?.Api), RateLimitView.Of(settings?.Token));
}

internal sealed record RateLimitView(int? Permits, int? WindowSeconds)
{
    public static RateLimitView? Of(RateLimit? limit) => limit is null ? null : new(limit.Permits, limit.WindowSeconds);
}
