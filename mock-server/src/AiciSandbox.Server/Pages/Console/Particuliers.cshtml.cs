using AiciSandbox.Domain.Particuliers;
using AiciSandbox.Domain.Simulation;
using AiciSandbox.Server.Control;
using AiciSandbox.Server.Storage;
using AiciSandbox.Server.Web;
using Microsoft.AspNetCore.Mvc;

namespace AiciSandbox.Server.Pages.Console;

/// <summary>The tenant's particuliers and their status, with the actions their status allows (activation, appareillage, mandate).</summary>
internal sealed class ParticuliersModel : ConsolePage
{
    public const int PageSize = 50;

    public IReadOnlyList<Particulier> Liste { get; private set; } = [];
    public int Offset { get; private set; }
    public string? Erreur { get; private set; }
    public string? Succes { get; private set; }

    public static IEnumerable<ParticulierTrigger> Legales(Particulier p) =>
        ParticulierActionsApi.Actions.Select(a => a.Trigger).Where(t => ParticulierTransitions.Target(p.Statut, t) is not null);

    public Task OnGetAsync(int? offset, CancellationToken ct) => LoadAsync(offset, ct);

    public async Task<IActionResult> OnPostAsync(string idClient, ParticulierTrigger action, int? offset, CancellationToken ct)
    {
        if (!ParticulierActionsApi.Actions.Any(a => a.Trigger == action)) return BadRequest();
        var played = await Service<PageActions>().PlayAsync(Tenant, Now, new ControlAction.OnParticulier(idClient, action), "console", ct);
        if (played.IsAccepted) Succes = $"{idClient} : {Libelles.Trigger(action.ToString())}.";
        else Erreur = $"{played.Refusal!.Code} : {played.Refusal.Message}";
        await LoadAsync(offset, ct);
        return Page();
    }

    private async Task LoadAsync(int? offset, CancellationToken ct)
    {
        Offset = Math.Max(0, offset ?? 0);
        Liste = await Service<ParticulierListing>().ListAsync(Tenant.Id, Offset, PageSize, ct);
    }
}
