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
        control.MapGet("/clock", Read);
        control.MapPost("/clock/advance", Advance);
        control.MapPost("/clock/mode", SwitchMode);
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
