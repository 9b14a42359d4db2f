using AiciSandbox.Domain.Simulation;
using AiciSandbox.Server.Control;
using AiciSandbox.Server.Simulation;
using AiciSandbox.Server.Web;
using Microsoft.AspNetCore.Mvc;

namespace AiciSandbox.Server.Pages.Console;

/// <summary>
/// The clock: mode, simulated now, the next due event and what it will do; moves of +1 h, +1 day, +48 h, to the next
/// event or to a date; manual or accelerated. After each move, the transitions it caused.
/// </summary>
internal sealed class IndexModel : ConsolePage
{
    public NextEvent? Next { get; private set; }
    public IReadOnlyList<TransitionView>? Transitions { get; private set; }
    public string? Erreur { get; private set; }
    public string? Depuis { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Next = await Service<TenantSimulation>().NextEventAsync(Tenant, ct);

    /// <summary>One of: <c>duree</c> (ISO-8601, e.g. PT48H), <c>prochain</c>, or <c>date</c> (UTC, from the date field).</summary>
    public async Task<IActionResult> OnPostAvancerAsync(string? duree, bool prochain, string? date, CancellationToken ct)
    {
        var request = prochain ? new AdvanceClockRequest(null, null, true)
            : duree is not null ? new AdvanceClockRequest(duree, null, null)
            : new AdvanceClockRequest(null, string.IsNullOrWhiteSpace(date) ? "" : date.Length == 16 ? date + ":00Z" : date, null);
        Show(await Service<PageActions>().AdvanceAsync(Tenant, request, ct));
        await RefreshAsync();
        Next = await Service<TenantSimulation>().NextEventAsync(Tenant, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostModeAsync(string? mode, double? vitesse, CancellationToken ct)
    {
        Show(await Service<PageActions>().SwitchModeAsync(Tenant, new ClockModeRequest(mode, vitesse), ct));
        await RefreshAsync();
        Next = await Service<TenantSimulation>().NextEventAsync(Tenant, ct);
        return Page();
    }

    private void Show(Domain.Common.Outcome<ClockMove> moved)
    {
        if (!moved.IsAccepted)
        {
            Erreur = $"{moved.Refusal!.Code} : {moved.Refusal.Message}";
            return;
        }
        Depuis = Fr.Instant(moved.Value!.PreviousNow);
        Transitions = moved.Value.Changes.Transitions.Select(TransitionView.Of).ToList();
    }
}
