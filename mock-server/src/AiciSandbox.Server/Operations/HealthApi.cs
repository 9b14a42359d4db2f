using AiciSandbox.Server.Storage;

namespace AiciSandbox.Server.Operations;

/// <summary>
/// Probes for orchestrators: <c>/health</c> (liveness: the process answers HTTP) and <c>/ready</c> (readiness: the store
/// answers and its migrations are applied; 503 with the reason otherwise).
/// </summary>
internal static class HealthApi
{
    public static WebApplication MapHealthApi(this WebApplication app)
    {
        app.MapGet("/health", () => TypedResults.Ok(new { status = "ok" })).ExcludeFromDescription();
        app.MapGet("/ready", Ready).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> Ready(StoreReadiness store, CancellationToken ct) =>
        await store.ProblemAsync(ct) is { } problem
            ? TypedResults.Json(new { status = "unavailable", reason = problem }, statusCode: StatusCodes.Status503ServiceUnavailable)
            : TypedResults.Ok(new { status = "ready" });
}
