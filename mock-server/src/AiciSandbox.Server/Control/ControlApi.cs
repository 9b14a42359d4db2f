using AiciSandbox.Domain.Clock;
using AiciSandbox.Domain.Common;
using AiciSandbox.Server.Auth;
using AiciSandbox.Server.Json;
using AiciSandbox.Server.Storage;

namespace AiciSandbox.Server.Control;

/// <summary>
/// The sandbox control API (<c>/sandbox/v1</c>, contract in <c>openapi/sandbox-control.v1.yaml</c>): tenants, the tenant's
/// clock, and the particulier's actions that the real system performs outside the API. Authenticated with the tenant's own
/// token (any scope).
/// </summary>
internal static class ControlApi
{
    public static RouteGroupBuilder MapControlApi(this RouteGroupBuilder control)
    {
        control.MapPost("/tenants", CreateTenant);
        control.MapGet("/clock", ReadClock);
        control.MapPost("/clock/advance", AdvanceClock);
        control.MapPost("/particuliers/{idClient}/activation", ActivateParticulier);
        return control;
    }

    private static async Task<IResult> CreateTenant(HttpRequest http, ISandboxStore store, TimeProvider realTime, CancellationToken ct)
    {
        var request = new CreateTenantRequest(null, null);
        if (http.ContentLength is > 0 || http.Headers.TransferEncoding.Count > 0)
        {
            var (body, error) = await JsonBody.ReadAsync<CreateTenantRequest>(http, "tenant", ct);
            if (error is not null) return ControlResults.From(error);
            request = body!;
        }
        var created = TenantFactory.Create(request, realTime.GetUtcNow());
        if (!created.IsAccepted) return ControlResults.Problem(StatusCodes.Status400BadRequest, created.Refusal!.Code, created.Refusal.Message);

        var (tenant, secret) = created.Value;
        await store.SaveTenantAsync(tenant, ct);
        var baseUrl = $"{http.Scheme}://{http.Host}";
        var now = new SandboxClock(tenant.Clock, realTime).GetUtcNow();
        return ControlResults.Created($"/sandbox/v1/tenants/{tenant.Id}", new CreatedTenant(tenant.Id.Value, tenant.Label, tenant.ClientId, secret,
            baseUrl + TokenApi.Path, baseUrl + SandboxRoutes.UrssafBase, ClockView.Of(tenant.Clock, now)));
    }

    private static IResult ReadClock(RequestTenant tenant) => ControlResults.Ok(ClockView.Of(tenant.Tenant.Clock, tenant.Now));

    private static async Task<IResult> AdvanceClock(
        HttpRequest http, RequestTenant tenant, ISandboxStore store, TenantLocks locks, TimeProvider realTime, CancellationToken ct)
    {
        var (request, error) = await JsonBody.ReadAsync<AdvanceClockRequest>(http, "advance", ct);
        if (error is not null) return ControlResults.From(error);

        using var _ = await locks.AcquireAsync(tenant.Id, ct);
        var current = await store.FindTenantAsync(tenant.Id, ct) ?? tenant.Tenant;
        var realNow = realTime.GetUtcNow();
        var moved = Move(current.Clock, request!, realNow);
        if (!moved.IsAccepted) return ControlResults.Problem(StatusCodes.Status400BadRequest, moved.Refusal!.Code, moved.Refusal.Message);

        await store.SaveTenantAsync(current with { Clock = moved.Value! }, ct);
        var now = moved.Value!.NowAt(realNow);
        http.HttpContext.Response.Headers[TenantAuthentication.NowHeader] = TenantAuthentication.FormatNow(now);
        return ControlResults.Ok(new ClockAdvanced(TenantAuthentication.FormatNow(current.Clock.NowAt(realNow)), ClockView.Of(moved.Value, now)));
    }

    private static Outcome<ClockState> Move(ClockState clock, AdvanceClockRequest request, DateTimeOffset realNow)
    {
        if (request.Duration is not null && request.To is not null)
            return Outcome<ClockState>.Refuse("INVALID_ADVANCE", "Donnez duration ou to, pas les deux.");
        if (request.Duration is { } text)
            return IsoDuration.TryParse(text, out var duration)
                ? BeforeEndOfTime(clock.AdvancedBy(duration, realNow), realNow, "INVALID_DURATION")
                : Outcome<ClockState>.Refuse("INVALID_DURATION", $"duration « {text} » : durée ISO-8601 attendue, ex. PT48H, P2D, P1DT12H.");
        if (request.To is { } target)
            return ApiDate.TryParse(target, out var instant)
                ? BeforeEndOfTime(clock.AdvancedTo(instant, realNow), realNow, "INVALID_TARGET")
                : Outcome<ClockState>.Refuse("INVALID_TARGET", $"to « {target} » : {ApiDate.Expected}.");
        return Outcome<ClockState>.Refuse("INVALID_ADVANCE", "Donnez duration (ex. PT48H) ou to (ex. 2026-12-01T08:00:00Z).");
    }

    private static Outcome<ClockState> BeforeEndOfTime(Outcome<ClockState> moved, DateTimeOffset realNow, string code) =>
        moved.IsAccepted && moved.Value!.NowAt(realNow) >= TenantFactory.EndOfTime
            ? Outcome<ClockState>.Refuse(code, $"Le temps simulé s'arrête avant {TenantFactory.EndOfTime:yyyy-MM-dd'T'HH:mm:ss'Z'}.")
            : moved;

    private static async Task<IResult> ActivateParticulier(
        string idClient, RequestTenant tenant, ISandboxStore store, TenantLocks locks, CancellationToken ct)
    {
        using var _ = await locks.AcquireAsync(tenant.Id, ct);
        var particulier = await store.FindParticulierAsync(tenant.Id, idClient, ct);
        if (particulier is null)
            return ControlResults.Problem(StatusCodes.Status404NotFound, "PARTICULIER_INCONNU", $"Aucun particulier {idClient} pour ce tenant.");
        var activated = particulier.Activate(tenant.Now);
        if (!activated.IsAccepted) return ControlResults.Problem(StatusCodes.Status409Conflict, activated.Refusal!.Code, activated.Refusal.Message);

        await store.SaveParticulierAsync(tenant.Id, activated.Value!, ct);
        var p = activated.Value!;
        return ControlResults.Ok(new ParticulierView(p.Id.Value, p.StatutView, p.ValideLe is { } at ? TenantAuthentication.FormatNow(at) : null));
    }
}
