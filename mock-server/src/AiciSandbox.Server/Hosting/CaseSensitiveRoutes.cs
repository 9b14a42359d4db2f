namespace AiciSandbox.Server.Hosting;

/// <summary>
/// The API paths match with their exact case, like the real gateway (docs/decisions.md, "Route case"): ASP.NET Core's
/// routing ignores case, so a request whose path differs from its route's literal segments only by case
/// (<c>/ATP/V1/TIERSPRESTATIONS/PARTICULIER</c>) is answered as an unknown path — 404 without a body (D12). Only the URSSAF
/// surface, the token endpoint and the control API; web pages keep ASP.NET's case-insensitive matching.
/// </summary>
internal static class CaseSensitiveRoutes
{
    public static WebApplication UseCaseSensitiveApiRoutes(this WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            if (IsApi(http.Request.Path) && http.GetEndpoint() is RouteEndpoint endpoint && !LiteralsMatch(endpoint, http.Request.Path))
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            await next(http);
        });
        return app;
    }

    private static bool IsApi(PathString path) =>
        path.StartsWithSegments("/atp", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/sandbox", StringComparison.OrdinalIgnoreCase);

    /// <summary>Each literal segment of the route equals the path's segment at the same place, ordinally.</summary>
    internal static bool LiteralsMatch(RouteEndpoint endpoint, PathString path)
    {
        var segments = (path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        var pattern = endpoint.RoutePattern.PathSegments;
        for (var i = 0; i < pattern.Count && i < segments.Length; i++)
        {
            if (pattern[i].Parts is [Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal]
                && !string.Equals(literal.Content, segments[i], StringComparison.Ordinal))
                return false;
        }
        return true;
    }
}
