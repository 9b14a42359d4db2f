using AiciSandbox.Domain.Tenants;
using AiciSandbox.Server.Auth;
using AiciSandbox.Server.Control;
using AiciSandbox.Server.Docs;
using AiciSandbox.Server.Faults;
using AiciSandbox.Server.Hosting;
using AiciSandbox.Server.Journal;
using AiciSandbox.Server.Operations;
using AiciSandbox.Server.Urssaf;
using AiciSandbox.Server.Web;

namespace AiciSandbox.Server;

/// <summary>The route groups of the sandbox.</summary>
internal static class SandboxRoutes
{
    /// <summary>The URSSAF base path as the gateway exposes it (Swagger <c>x-basePathProxy</c>).</summary>
    public const string UrssafBase = "/atp/v1/tiersPrestations";

    public const string ControlBase = "/sandbox/v1";

    public static WebApplication MapSandbox(this WebApplication app)
    {
        app.UseSandboxLastResort();
        app.UseRequestLog();
        app.UseCaseSensitiveApiRoutes();
        app.UseMiddleware<JournalMiddleware>();
        app.UseSandboxErrors();
        app.MapTokenApi();
        app.MapGroup(UrssafBase).RequireTenantToken(Scopes.Api).AnswerBindFailures().WithRateLimits().WithFaults().MapParticulierApi().MapDemandePaiementApi();
        app.MapGroup(ControlBase).RequireTenantToken(requiredScope: null).AnswerBindFailures().MapControlApi();
        app.MapDocs();
        app.MapSandboxPages();
        app.MapOperations();
        return app;
    }
}
