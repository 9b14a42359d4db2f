using AiciSandbox.Domain.Clock;
using AiciSandbox.Domain.ParticulierSpace;
using AiciSandbox.Server.Storage;
using AiciSandbox.Server.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AiciSandbox.Server.Pages.EspaceParticulier;

/// <summary>
/// The particulier enters her space with her e-mail and password (at first the provisional one the outbox sent her).
/// Never journaled: the password must not reach the journal.
/// </summary>
internal sealed class ConnexionModel(SpaceAccessStore accesses, ISandboxStore store, SpacePasswords passwords, TimeProvider realTime) : PageModel
{
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? MotDePasse { get; set; }
    public string? Erreur { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var candidates = string.IsNullOrWhiteSpace(Email) ? [] : await accesses.FindByEmailAsync(Email, ct);
        foreach (var (tenantId, access) in candidates)
        {
            if (!passwords.Matches(access, MotDePasse) || await store.FindTenantAsync(tenantId, ct) is not { } tenant) continue;
            var refusal = access.SignIn(true, new SandboxClock(tenant.Clock, realTime).GetUtcNow());
            if (refusal is not null)
            {
                Erreur = refusal.Message;
                return Page();
            }
            await ParticulierPage.SignInAsync(HttpContext, tenantId, access.IdClient);
            return Redirect(access.MustChange ? "/particulier/mot-de-passe" : "/particulier");
        }
        Erreur = SpaceAccess.WrongCredentials.Message;
        return Page();
    }

    public async Task<IActionResult> OnPostDeconnexionAsync()
    {
        await HttpContext.SignOutAsync(SandboxPages.ParticulierScheme);
        return Redirect("/particulier/connexion");
    }
}
