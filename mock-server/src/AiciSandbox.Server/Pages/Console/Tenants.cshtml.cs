using AiciSandbox.Domain.Tenants;
using AiciSandbox.Server.Control;
using AiciSandbox.Server.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace AiciSandbox.Server.Pages.Console;

/// <summary>
/// The operator's tenants: create one (label, clock start, mode; its secret is shown once), list its own, delete one with
/// its data, tokens and journal (behind a confirmation). On the control API's path (<see cref="OwnTenants"/>).
/// </summary>
internal sealed class TenantsModel : ConsolePage
{
    public IReadOnlyList<Tenant> Liste { get; private set; } = [];
    public (Tenant Tenant, string Secret)? Cree { get; private set; }
    public string? Erreur { get; private set; }
    public string? Succes { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostCreerAsync(string? libelle, string? debut, string? mode, CancellationToken ct)
    {
        var request = new CreateTenantRequest(libelle, new ClockSettingsRequest(
            string.IsNullOrWhiteSpace(debut) ? null : debut.Length == 16 ? debut + ":00Z" : debut, mode, null));
        var created = await Service<OwnTenants>().CreateAsync(Tenant, request, ct);
        if (created.IsAccepted) Cree = created.Value;
        else Erreur = $"{created.Refusal!.Code} : {created.Refusal.Message}";
        // The secret is in the answer the API gives once; the journal keeps it masked, like the token endpoint's.
        await Service<PageJournal>().AppendAsync(Tenant.Id, Now, "console", "POST", "/sandbox/v1/tenants", request,
            created.IsAccepted ? 201 : 400, created.IsAccepted
                ? new { tenantId = created.Value.Tenant.Id.Value, label = created.Value.Tenant.Label, clientId = created.Value.Tenant.ClientId, clientSecret = "***" }
                : PageJournal.Problem(created.Refusal!, 400), ct);
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostSupprimerAsync(string id, bool confirmer, CancellationToken ct)
    {
        if (!confirmer)
        {
            Erreur = "Cochez la case de confirmation pour supprimer ce tenant : rien n'a changé.";
            await LoadAsync(ct);
            return Page();
        }
        var refusal = await Service<OwnTenants>().DeleteAsync(Tenant, new TenantId(id), ct);
        if (id == Tenant.Id.Value && refusal is null)
        {
            await HttpContext.SignOutAsync(SandboxPages.ConsoleScheme);
            return Redirect("/console/connexion");
        }
        await Service<PageJournal>().AppendAsync(Tenant.Id, Now, "console", "DELETE", $"/sandbox/v1/tenants/{id}", null,
            refusal is null ? 204 : ControlResults.StatusOf(refusal), refusal is null ? null : PageJournal.Problem(refusal), ct);
        if (refusal is null) Succes = $"Tenant {id} supprimé, avec ses données, ses jetons et son journal.";
        else Erreur = $"{refusal.Code} : {refusal.Message}";
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) => Liste = await Service<OwnTenants>().ListAsync(Tenant, ct);
}
