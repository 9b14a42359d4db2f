using AiciSandbox.Domain.Clock;
using AiciSandbox.Domain.Common;
using AiciSandbox.Domain.Simulation;
using AiciSandbox.Server.Auth;
using AiciSandbox.Server.Simulation;

namespace AiciSandbox.Server.Control;

/// <summary>
/// The tenant's simulated clock: read it (with the next due event), advance it by a duration, to a date or to the next due
/// event — every transition that falls due on the way is applied and returned — and switch between manual and accelerated.
/// </summary>
internal static class ClockApi
{
    public static RouteGroupBuilder MapClockApi(this RouteGroupBuilder control)
    {
        var routes = control.MapGroup("").WithTags("Clock");
        routes.MapGet("/clock", Read)
            .Doc("readClock", "Read the tenant's simulated clock")
            .Answers<ClockView>("The clock, with the next event due.");
        routes.MapPost("/clock/advance", Advance)
            .Doc("advanceClock", "Move the tenant's simulated clock forward", """
                Give exactly one of an ISO-8601 `duration` (PT48H, P2D, P1W, P1DT12H — no years or months), a target instant `to`,
                or `next: true` (jump to the next due event; 400 `NO_DUE_EVENT` when nothing is scheduled). Every transition that
                falls due on the way is applied at its own due instant, in a deterministic order, and returned.
                """)
            .Body(optional: false, ("duration", new AdvanceClockRequest("PT48H", null, null)),
                ("date", new AdvanceClockRequest(null, "2026-03-10T08:00:00Z", null)), ("next", new AdvanceClockRequest(null, null, true)))
            .Answers<ClockAdvanced>("The clock after the move, and the transitions it caused.")
            .Refuses(StatusCodes.Status400BadRequest, "INVALID_BODY", "INVALID_ADVANCE", "INVALID_DURATION", "INVALID_TARGET", "NO_DUE_EVENT", "CLOCK_BACKWARDS");
        routes.MapPost("/clock/mode", SwitchMode)
            .Doc("switchClockMode", "Switch between manual and accelerated time without moving simulated now")
            .Body(optional: false, ("accelerated", new ClockModeRequest("accelerated", 3600)))
            .Answers<ClockAdvanced>("The clock after the switch.")
            .Refuses(StatusCodes.Status400BadRequest, "INVALID_BODY", "INVALID_CLOCK_MODE", "CLOCK_SPEED");
        return control;
    }

    private static async Task<IResult> Read(RequestTenant tenant, TenantSimulation simulation, CancellationToken ct) =>
        ControlResults.Ok(ClockView.Of(tenant.Tenant.Clock, tenant.Now, await simulation.NextEventAsync(tenant.Tenant, ct)));

    private static async Task<IResult> Advance(HttpRequest http, RequestTenant tenant, TenantSimulation simulation, CancellationToken ct)
    {
        var (request, error) = await ControlBody.ReadAsync<AdvanceClockRequest>(http, "advance", ct);
        if (error is not null) return error;
        return await MoveAsync(http, tenant, simulation, (clock, realNow, next) =>
            ClockMoves.Advance(clock, request!.Duration, request.To, request.Next == true, realNow, next?.At), ct);
    }

    private static async Task<IResult> SwitchMode(HttpRequest http, RequestTenant tenant, TenantSimulation simulation, CancellationToken ct)
    {
        var (request, error) = await ControlBody.ReadAsync<ClockModeRequest>(http, "mode", ct);
        if (error is not null) return error;
        if (TenantFactory.ParseMode(request!.Mode) is not { } mode || request.Mode is null)
            return ControlResults.Problem(StatusCodes.Status400BadRequest, "INVALID_CLOCK_MODE", "mode : manual ou accelerated.");
        return await MoveAsync(http, tenant, simulation,
            (clock, realNow, _) => clock.Switched(mode, TenantFactory.SpeedFor(mode, request.Speed), realNow), ct);
    }

    private static async Task<IResult> MoveAsync(HttpRequest http, RequestTenant tenant, TenantSimulation simulation,
        Func<ClockState, DateTimeOffset, NextEvent?, Outcome<ClockState>> move, CancellationToken ct)
    {
        var moved = await simulation.MoveClockAsync(tenant.Id, move, ct);
        if (!moved.IsAccepted) return ControlResults.Problem(StatusCodes.Status400BadRequest, moved.Refusal!.Code, moved.Refusal.Message);
        var m = moved.Value!;
        http.HttpContext.Response.Headers[TenantAuthentication.NowHeader] = TenantAuthentication.FormatNow(m.Now);
        return ControlResults.Ok(new ClockAdvanced(TenantAuthentication.FormatNow(m.PreviousNow), ClockView.Of(m.Clock, m.Now, m.Next),
            m.Changes.Transitions.Select(TransitionView.Of).ToList()));
    }
}
