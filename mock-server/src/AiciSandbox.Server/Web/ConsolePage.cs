using System.Security.Claims;
using AiciSandbox.Domain.Clock;
using AiciSandbox.Domain.Tenants;
using AiciSandbox.Server.Simulation;
using AiciSandbox.Server.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AiciSandbox.Server.Web;

/// <summary>
/// A console page: the signed-in operator's tenant (from the cookie session, bound to one tenant) and its simulated now,
/// read once; the tenant is caught up with its clock before the page reads anything, as an API call would be. No page
/// reads another tenant: every query is scoped by <see cref="Tenant"/>.
/// </summary>
public abstract class ConsolePage : PageModel
{
    private const string TenantClaim = "tenant";

    public Tenant Tenant { get; private set; } = null!;
    public DateTimeOffset Now { get; private set; }

    protected T Service<T>() where T : notnull => HttpContext.RequestServices.GetRequiredService<T>();

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var tenant = await SignedInAsync(HttpContext);
        if (tenant is null)
        {
            context.Result = Redirect("/console/connexion");
            return;
        }
        Tenant = tenant;
        Now = new SandboxClock(tenant.Clock, Service<TimeProvider>()).GetUtcNow();
        await Service<TenantSimulation>().CatchUpAsync(tenant, Now, HttpContext.RequestAborted);
        await next();
    }

    /// <summary>Reloads the tenant and its now after the page moved them (clock, reset, restore).</summary>
    protected async Task RefreshAsync()
    {
        Tenant = await Service<ISandboxStore>().FindTenantAsync(Tenant.Id, HttpContext.RequestAborted) ?? Tenant;
        Now = new SandboxClock(Tenant.Clock, Service<TimeProvider>()).GetUtcNow();
    }

    public static Task SignInAsync(HttpContext http, Tenant tenant) => http.SignInAsync(SandboxPages.ConsoleScheme,
        new ClaimsPrincipal(new ClaimsIdentity([new Claim(TenantClaim, tenant.Id.Value)], SandboxPages.ConsoleScheme)));

    /// <summary>The tenant of the session, if it still exists (a deleted tenant ends its sessions).</summary>
    public static async Task<Tenant?> SignedInAsync(HttpContext http)
    {
        var session = await http.AuthenticateAsync(SandboxPages.ConsoleScheme);
        var id = session.Succeeded ? session.Principal!.FindFirstValue(TenantClaim) : null;
        return id is null ? null : await http.RequestServices.GetRequiredService<ISandboxStore>().FindTenantAsync(new TenantId(id), http.RequestAborted);
    }
}
