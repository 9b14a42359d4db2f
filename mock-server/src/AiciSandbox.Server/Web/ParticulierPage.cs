using System.Security.Claims;
using AiciSandbox.Domain.Particuliers;
using AiciSandbox.Domain.ParticulierSpace;
using AiciSandbox.Domain.Tenants;
using AiciSandbox.Server.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc.Filters;

namespace AiciSandbox.Server.Web;

/// <summary>
/// A page of the particulier's space: her tenant, her account and her access, from the cookie session. Until she has
/// chosen her own password, every page but the password page sends her there.
/// </summary>
public abstract class ParticulierPage : TenantPage
{
    private const string ClientClaim = "idClient";

    public Particulier Particulier { get; private set; } = null!;
    public SpaceAccess Access { get; private set; } = null!;

    /// <summary>The password page sets this: it is the one page open before the provisional password is changed.</summary>
    protected virtual bool OpenBeforePasswordChange => false;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var session = await HttpContext.AuthenticateAsync(SandboxPages.ParticulierScheme);
        var tenantId = session.Succeeded ? session.Principal!.FindFirstValue(TenantClaim) : null;
        var idClient = session.Succeeded ? session.Principal!.FindFirstValue(ClientClaim) : null;
        var ct = HttpContext.RequestAborted;
        var tenant = tenantId is null ? null : await Service<ISandboxStore>().FindTenantAsync(new TenantId(tenantId), ct);
        var access = tenant is null || idClient is null ? null : await Service<SpaceAccessStore>().FindAsync(tenant.Id, idClient, ct);
        if (tenant is null || access is null)
        {
            context.Result = Redirect("/particulier/connexion");
            return;
        }
        Access = access;
        await EnterAsync(tenant);
        if (await Service<ISandboxStore>().FindParticulierAsync(tenant.Id, idClient!, ct) is not { } particulier)
        {
            context.Result = Redirect("/particulier/connexion");
            return;
        }
        Particulier = particulier;
        if (access.MustChange && !OpenBeforePasswordChange)
        {
            context.Result = Redirect("/particulier/mot-de-passe");
            return;
        }
        await next();
    }

    /// <summary>Reloads her account after an action moved it.</summary>
    protected async Task RefreshAsync() =>
        Particulier = await Service<ISandboxStore>().FindParticulierAsync(Tenant.Id, Particulier.Id.Value, HttpContext.RequestAborted) ?? Particulier;

    public static Task SignInAsync(HttpContext http, TenantId tenant, string idClient) => http.SignInAsync(SandboxPages.ParticulierScheme,
        new ClaimsPrincipal(new ClaimsIdentity([new Claim(TenantClaim, tenant.Value), new Claim(ClientClaim, idClient)], SandboxPages.ParticulierScheme)));
}
