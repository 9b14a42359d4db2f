using System.Security.Claims;
using AiciSandbox.Domain.Tenants;
using AiciSandbox.Server.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc.Filters;

namespace AiciSandbox.Server.Web;

/// <summary>A console page: the signed-in operator's tenant (from the cookie session, bound to one tenant).</summary>
public abstract class ConsolePage : TenantPage
{
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var tenant = await SignedInAsync(HttpContext);
        if (tenant is null)
        {
            context.Result = Redirect("/console/connexion");
            return;
        }
        await EnterAsync(tenant);
        await next();
    }

    /// <summary>Reloads the tenant and its now after the page moved them (clock, reset, restore).</summary>
    protected async Task RefreshAsync() =>
        At(await Service<ISandboxStore>().FindTenantAsync(Tenant.Id, HttpContext.RequestAborted) ?? Tenant);

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
