using AiciSandbox.Domain.Tenants;
using AiciSandbox.Server.Storage;
using AiciSandbox.Server.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AiciSandbox.Server.Pages.Console;

/// <summary>The operator signs in with a tenant's client_id and secret: the session is bound to that tenant.</summary>
public sealed class ConnexionModel(ISandboxStore store) : PageModel
{
    [BindProperty] public string? ClientId { get; set; }
    [BindProperty] public string? ClientSecret { get; set; }
    public string? Erreur { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var tenant = string.IsNullOrWhiteSpace(ClientId) ? null : await store.FindTenantByClientIdAsync(ClientId.Trim(), ct);
        if (tenant is null || ClientSecret is null || !Credentials.Verify(ClientSecret, tenant.SecretHash))
        {
            Erreur = "client_id ou secret incorrect.";
            return Page();
        }
        await ConsolePage.SignInAsync(HttpContext, tenant);
        return Redirect("/console");
    }

    public async Task<IActionResult> OnPostDeconnexionAsync()
    {
        await HttpContext.SignOutAsync(SandboxPages.ConsoleScheme);
        return Redirect("/console/connexion");
    }
}
