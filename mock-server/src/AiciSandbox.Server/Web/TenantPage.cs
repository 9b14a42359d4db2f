using AiciSandbox.Domain.Clock;
using AiciSandbox.Domain.Tenants;
using AiciSandbox.Server.Simulation;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AiciSandbox.Server.Web;

/// <summary>
/// A page bound to one tenant by its cookie session (<see cref="ConsolePage"/>, <see cref="ParticulierPage"/>): the tenant
/// and its simulated now, read once; the tenant is caught up with its clock before the page reads anything, as an API call
/// would be. No page reads another tenant: every query is scoped by <see cref="Tenant"/>.
/// </summary>
public abstract class TenantPage : PageModel
{
    /// <summary>The claim of the cookie session that names its tenant.</summary>
    protected const string TenantClaim = "tenant";

    public Tenant Tenant { get; private set; } = null!;
    public DateTimeOffset Now { get; private set; }

    protected T Service<T>() where T : notnull => HttpContext.RequestServices.GetRequiredService<T>();

    /// <summary>The page works on <paramref name="tenant"/> at its now, caught up with its clock.</summary>
    protected async Task EnterAsync(Tenant tenant)
    {
        At(tenant);
        await Service<TenantSimulation>().CatchUpAsync(tenant, Now, HttpContext.RequestAborted);
    }

    /// <summary>The page's tenant becomes <paramref name="tenant"/> (as reloaded after the page moved it), its now read again.</summary>
    protected void At(Tenant tenant)
    {
        Tenant = tenant;
        Now = new SandboxClock(tenant.Clock, Service<TimeProvider>()).GetUtcNow();
    }
}
