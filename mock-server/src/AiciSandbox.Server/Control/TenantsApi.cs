using AiciSandbox.Domain.Clock;
using AiciSandbox.Server.Auth;
using AiciSandbox.Server.Hosting;
using AiciSandbox.Server.Json;
using AiciSandbox.Server.Simulation;
using AiciSandbox.Server.Storage;

namespace AiciSandbox.Server.Control;

/// <summary>Tenants and their timelines: create, reset, snapshot and restore.</summary>
internal static class TenantsApi
{
    public static RouteGroupBuilder MapTenantsApi(this RouteGroupBuilder control)
    {
        control.MapPost("/tenants", Create);
        control.MapPost("/reset", Reset);
        control.MapPost("/snapshots", TakeSnapshot);
        control.MapGet("/snapshots", ListSnapshots);
        control.MapPost("/snapshots/{id}/restore", Restore);
        control.MapDelete("/snapshots/{id}", DeleteSnapshot);
        return control;
    }

    private static async Task<IResult> Create(HttpRequest http, RequestTenant creator, ISandboxStore store, RateLimits limits, TimeProvider realTime, CancellationToken ct)
    {
        var (request, error) = await ControlBody.ReadOptionalAsync(http, "tenant", new CreateTenantRequest(null, null), ct);
        if (error is not null) return error;
        var created = TenantFactory.Create(request!, realTime.GetUtcNow());
        if (!created.IsAccepted) return ControlResults.Problem(StatusCodes.Status400BadRequest, created.Refusal!.Code, created.Refusal.Message);
        if (limits.CreateTenant(creator.Id) is { } refused)
            return RateLimitAnswers.Control(http.HttpContext, refused, "QUOTA_TENANTS", $"Quota atteint : {refused.Permits} tenants créés par heure et par tenant créateur.");

        var (tenant, secret) = created.Value with { Tenant = created.Value.Tenant with { CreatedBy = creator.Id } };
        await store.SaveTenantAsync(tenant, ct);
        var baseUrl = $"{http.Scheme}://{http.Host}";
        var now = new SandboxClock(tenant.Clock, realTime).GetUtcNow();
        return ControlResults.Created(new CreatedTenant(tenant.Id.Value, tenant.Label, tenant.ClientId, secret,
            baseUrl + TokenApi.Path, baseUrl + SandboxRoutes.UrssafBase, ClockView.Of(tenant.Clock, now, null)));
    }

    /// <summary>Empties the tenant (particuliers, demandes, outbox, transitions, journal) and starts a new timeline.</summary>
    private static async Task<IResult> Reset(
        HttpRequest http, RequestTenant tenant, TenantSessions sessions, TimeProvider realTime, CancellationToken ct)
    {
        var (request, error) = await ControlBody.ReadOptionalAsync(http, "reset", new ResetRequest(null), ct);
        if (error is not null) return error;
        var realNow = realTime.GetUtcNow();
        var clock = TenantFactory.NewClock(InCurrentMode(request!.Clock, tenant.Tenant.Clock), realNow);
        if (!clock.IsAccepted) return ControlResults.Problem(StatusCodes.Status400BadRequest, clock.Refusal!.Code, clock.Refusal.Message);

        await sessions.RunAsync(tenant.Id, async session =>
        {
            await session.ResetAsync(tenant.Id, ct);
            await session.SaveTenantAsync(tenant.Tenant.InNewTimeline(clock.Value!), ct);
            return true;
        }, ct);
        return NewTimeline(http, clock.Value!, clock.Value!.NowAt(realNow), null);
    }

    private static async Task<IResult> TakeSnapshot(
        HttpRequest http, RequestTenant tenant, TenantSessions sessions, TimeProvider realTime, CancellationToken ct)
    {
        var (request, error) = await ControlBody.ReadOptionalAsync(http, "snapshot", new SnapshotRequest(null), ct);
        if (error is not null) return error;
        var quota = http.HttpContext.RequestServices.GetRequiredService<SandboxOptions>().Limits.SnapshotsPerTenant;
        var snapshot = await sessions.RunAsync(tenant.Id, async session =>
        {
            if ((await session.ListSnapshotsAsync(tenant.Id, ct)).Count >= quota) return null;
            var current = await session.FindTenantAsync(tenant.Id, ct) ?? tenant.Tenant;
            var captured = await session.CaptureAsync(current, "snp_" + Guid.NewGuid().ToString("N")[..12], request!.Label?.Trim(),
                realTime.GetUtcNow(), tenant.Now, ct);
            await session.SaveSnapshotAsync(tenant.Id, captured, ct);
            return captured;
        }, ct);
        return snapshot is null
            ? ControlResults.Problem(StatusCodes.Status409Conflict, "QUOTA_INSTANTANES",
                $"Quota atteint : {quota} instantanés par tenant. Supprimez-en un (DELETE /sandbox/v1/snapshots/{{id}}) avant d'en prendre un autre.")
            : ControlResults.Created(SnapshotView.Of(snapshot));
    }

    private static async Task<IResult> ListSnapshots(RequestTenant tenant, ISandboxStore store, CancellationToken ct) =>
        ControlResults.Ok((await store.ListSnapshotsAsync(tenant.Id, ct)).Select(SnapshotView.Of).ToList());

    private static async Task<IResult> DeleteSnapshot(string id, RequestTenant tenant, ISandboxStore store, CancellationToken ct)
    {
        if (await store.FindSnapshotAsync(tenant.Id, id, ct) is null)
            return ControlResults.Problem(StatusCodes.Status404NotFound, "SNAPSHOT_INCONNU", $"Aucun instantané {id} pour ce tenant.");
        await store.DeleteSnapshotAsync(tenant.Id, id, ct);
        return TypedResults.NoContent();
    }

    /// <summary>The tenant goes back to the snapshot's state and clock: a new timeline, which may be earlier than now.</summary>
    private static async Task<IResult> Restore(string id, HttpRequest http, RequestTenant tenant, TenantSessions sessions,
        TenantSimulation simulation, TimeProvider realTime, CancellationToken ct)
    {
        var realNow = realTime.GetUtcNow();
        var restored = await sessions.RunAsync<(ClockState? Clock, bool Found)>(tenant.Id, async session =>
        {
            if (await session.FindSnapshotAsync(tenant.Id, id, ct) is not { } snapshot) return (null, false);
            if (!ClockRange.Contains(snapshot.SimulatedAt)) return (null, true);
            var clock = snapshot.Clock with { SimulatedAnchor = snapshot.SimulatedAt, RealAnchor = realNow };
            await session.RestoreAsync(tenant.Tenant.InNewTimeline(clock), snapshot with { Clock = clock }, ct);
            return (clock, true);
        }, ct);
        if (!restored.Found)
            return ControlResults.Problem(StatusCodes.Status404NotFound, "SNAPSHOT_INCONNU", $"Aucun instantané {id} pour ce tenant.");
        if (restored.Clock is not { } clock)
            return ControlResults.Problem(StatusCodes.Status400BadRequest, "INVALID_CLOCK_START", $"L'instantané {id} est hors de la plage du temps simulé ({ClockRange.Described}).");
        return NewTimeline(http, clock, clock.NowAt(realNow), await simulation.NextEventAsync(tenant.Tenant, ct));
    }

    /// <summary>The new timeline's clock settings: what the body gives, the current mode and speed for what it leaves out.</summary>
    private static ClockSettingsRequest InCurrentMode(ClockSettingsRequest? asked, ClockState clock) =>
        asked?.Mode is not null ? asked : new(asked?.Start, clock.Mode == ClockMode.Manual ? "manual" : "accelerated", asked?.Speed ?? clock.Speed);

    /// <summary>The clock of a new timeline; the answer's <c>X-Sandbox-Now</c> is already the new timeline's now.</summary>
    private static IResult NewTimeline(HttpRequest http, ClockState clock, DateTimeOffset now, Domain.Simulation.NextEvent? next)
    {
        http.HttpContext.Response.Headers[TenantAuthentication.NowHeader] = TenantAuthentication.FormatNow(now);
        return ControlResults.Ok(ClockView.Of(clock, now, next));
    }
}
