using AiciSandbox.Domain.Clock;
using AiciSandbox.Domain.Common;
using AiciSandbox.Domain.PaymentRequests;
using AiciSandbox.Domain.Simulation;
using AiciSandbox.Domain.Tenants;
using AiciSandbox.Server.Control;
using AiciSandbox.Server.Simulation;

namespace AiciSandbox.Server.Web;

/// <summary>
/// What the pages do, on the one path the control API uses: the same engine calls (<see cref="TenantSimulation"/>), the same
/// refusals, each journaled as the control-API call it stands for. A refused action changes nothing.
/// </summary>
internal sealed class PageActions(TenantSimulation simulation, PageJournal journal, TimeProvider realTime)
{
    /// <summary>A particulier's or a demande's action (activation, validation, contestation…).</summary>
    public async Task<Outcome<EngineResult>> PlayAsync(Tenant tenant, DateTimeOffset now, ControlAction action, string origin, CancellationToken ct)
    {
        var played = await simulation.ActAsync(tenant, action, now, ct);
        var (path, body) = action switch
        {
            ControlAction.OnParticulier a => ($"/sandbox/v1/particuliers/{a.IdClient}/{ParticulierActionsApi.Actions.Single(x => x.Trigger == a.Trigger).Path}", (object?)null),
            ControlAction.OnDemande a => ($"/sandbox/v1/demandes/{a.IdDemandePaiement}/{DemandeActionsApi.Actions.Single(x => x.Trigger == a.Trigger).Path}",
                a.Motif is null ? null : new MotifRequest(a.Motif.Code, a.Motif.Commentaire)),
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        };
        await journal.AppendAsync(tenant.Id, now, origin, "POST", path, body,
            played.IsAccepted ? StatusCodes.Status200OK : ControlResults.StatusOf(played.Refusal!),
            played.IsAccepted ? ControlActions.Answer(action, played.Value!) : PageJournal.Problem(played.Refusal!), ct);
        return played;
    }

    /// <summary>Advances the tenant's clock as <c>POST /sandbox/v1/clock/advance</c> does.</summary>
    public async Task<Outcome<ClockMove>> AdvanceAsync(Tenant tenant, AdvanceClockRequest request, CancellationToken ct)
    {
        var moved = await simulation.MoveClockAsync(tenant.Id, (clock, realNow, next) =>
            ClockMoves.Advance(clock, request.Duration, request.To, request.Next == true, realNow, next?.At), ct);
        await JournalMoveAsync(tenant, "/sandbox/v1/clock/advance", request, moved, ct);
        return moved;
    }

    /// <summary>Switches the clock between manual and accelerated as <c>POST /sandbox/v1/clock/mode</c> does.</summary>
    public async Task<Outcome<ClockMove>> SwitchModeAsync(Tenant tenant, ClockModeRequest request, CancellationToken ct)
    {
        var moved = TenantFactory.ParseMode(request.Mode) is { } mode && request.Mode is not null
            ? await simulation.MoveClockAsync(tenant.Id, (clock, realNow, _) => clock.Switched(mode, TenantFactory.SpeedFor(mode, request.Speed), realNow), ct)
            : Outcome<ClockMove>.Refuse("INVALID_CLOCK_MODE", "mode : manual ou accelerated.");
        await JournalMoveAsync(tenant, "/sandbox/v1/clock/mode", request, moved, ct);
        return moved;
    }

    private async Task JournalMoveAsync(Tenant tenant, string path, object request, Outcome<ClockMove> moved, CancellationToken ct)
    {
        if (!moved.IsAccepted)
        {
            var now = new SandboxClock(tenant.Clock, realTime).GetUtcNow();
            await journal.AppendAsync(tenant.Id, now, "console", "POST", path, request, 400, PageJournal.Problem(moved.Refusal!, 400), ct);
            return;
        }
        var m = moved.Value!;
        var answer = new ClockAdvanced(Auth.TenantAuthentication.FormatNow(m.PreviousNow), ClockView.Of(m.Clock, m.Now, m.Next),
            m.Changes.Transitions.Select(TransitionView.Of).ToList());
        await journal.AppendAsync(tenant.Id, m.Now, "console", "POST", path, request, 200, answer, ct);
    }
}
