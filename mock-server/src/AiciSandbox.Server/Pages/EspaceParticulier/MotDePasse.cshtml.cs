using AiciSandbox.Domain.ParticulierSpace;
using AiciSandbox.Server.Storage;
using AiciSandbox.Server.Web;
using Microsoft.AspNetCore.Mvc;

namespace AiciSandbox.Server.Pages.EspaceParticulier;

/// <summary>
/// The change of password, imposed at the first connection (seed 003: « A la première connexion … le système impose le
/// changement du mot de passe »). Only the new hash is stored; nothing of it is journaled.
/// </summary>
internal sealed class MotDePasseModel : ParticulierPage
{
    protected override bool OpenBeforePasswordChange => true;

    public string? Erreur { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(string? actuel, string? nouveau, string? confirmation, CancellationToken ct)
    {
        var passwords = Service<SpacePasswords>();
        var refusal = !passwords.Matches(Access, actuel) ? new Domain.Common.Refusal(SpaceAccess.RefusedCredentials, "Le mot de passe actuel est incorrect.")
            : nouveau != confirmation ? new Domain.Common.Refusal(SpaceAccess.RefusedWeak, "La confirmation ne correspond pas au nouveau mot de passe.")
            : SpaceAccess.CheckNewPassword(nouveau, passwords.Matches(Access, nouveau));
        if (refusal is not null)
        {
            Erreur = refusal.Message;
            return Page();
        }
        await Service<SpaceAccessStore>().SaveAsync(Tenant.Id, Access.WithPassword(passwords.Hash(Access, nouveau!)), ct);
        return Redirect("/particulier");
    }
}
