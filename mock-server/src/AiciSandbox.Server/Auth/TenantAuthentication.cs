using System.Globalization;
using AiciSandbox.Domain.Clock;
using AiciSandbox.Domain.Tenants;
using AiciSandbox.Server.Journal;
using AiciSandbox.Server.Simulation;
using AiciSandbox.Server.Storage;

namespace AiciSandbox.Server.Auth;

/// <summary>
/// Bearer-token check in front of a route group (decision D12): 401 without body for a missing, unknown or expired token
/// (expiry on the tenant's simulated clock, D9), 403 without body for a token that lacks the required scope.
/// </summary>
internal static class TenantAuthentication
{
    /// <summary>Every answer of an authenticated call carries the tenant's simulated now.</summary>
    public const string NowHeader = "X-Sandbox-Now";

    public static RouteGroupBuilder RequireTenantToken(this RouteGroupBuilder group, string? requiredScope) =>
        group.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var services = http.RequestServices;
            var token = BearerToken(http.Request);
            // The tenant directory answers from memory (tokens; the tenant too while this process is the only writer).
            var directory = services.GetRequiredService<TenantDirectory>();
            var stored = token is null ? null : await directory.FindTokenAsync(Credentials.Hash(token), http.RequestAborted);
            var tenant = stored is null ? null : await directory.FindTenantAsync(stored.TenantId, http.RequestAborted);
            if (stored is null || tenant is null) return Unauthorized(http);

            var now = new SandboxClock(tenant.Clock, services.GetRequiredService<TimeProvider>()).GetUtcNow();
            http.Response.Headers[NowHeader] = FormatNow(now);
            JournalScope.Attribute(http, tenant.Id, now);
            if (!TokenValidity.IsValid(stored, tenant, now)) return Unauthorized(http);
            if (requiredScope is not null && !stored.Grants(requiredScope)) return Results.StatusCode(StatusCodes.Status403Forbidden);

            // Whatever fell due up to now happens before the request reads the tenant's state.
            await services.GetRequiredService<TenantSimulation>().CatchUpAsync(tenant, now, http.RequestAborted);
            services.GetRequiredService<RequestTenant>().Set(tenant, now);
            return await next(context);
        });

    public static string FormatNow(DateTimeOffset now) =>
        now.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) && header.Length > scheme.Length
            ? header[scheme.Length..].Trim()
            : null;
    }

    private static IResult Unauthorized(HttpContext http)
    {
        http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        return Results.StatusCode(StatusCodes.Status401Unauthorized);
    }
}
