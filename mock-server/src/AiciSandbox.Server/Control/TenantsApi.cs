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
        HttpRequest http, RequestTenant tenant, ISandboxStore store, TenantLocks locks, TimeProvider realTime, CancellationToken ct)
    {
        var (request, error) = await ControlBody.ReadOptionalAsync(http, "reset", new ResetRequest(null), ct);
        if (error is not null) return error;
        var realNow = realTime.GetUtcNow();
        var clock = TenantFactory.NewClock(InCurrentMode(request!.Clock, tenant.Tenant.Clock), realNow);
        if (!clock.IsAccepted) return ControlResults.Problem(StatusCodes.Status400BadRequest, clock.Refusal!.Code, clock.Refusal.Message);

        using var _ = await locks.AcquireAsync(tenant.Id, ct);
        await store.ResetAsync(tenant.Id, ct);
        await store.SaveTenantAsync(tenant.Tenant.InNewTimeline(clock.Value!), ct);
        return NewTimeline(http, clock.Value!, clock.Value!.NowAt(realNow), null);
    }

    private static async Task<IResult> TakeSnapshot(
        HttpRequest http, RequestTenant tenant, ISandboxStore store, TenantLocks locks, TimeProvider realTime, CancellationToken ct)
    {
        var (request, error) = await ControlBody.ReadOptionalAsync(http, "snapshot", new SnapshotRequest(null), ct);
        if (error is not null) return error;
        using var _ = await locks.AcquireAsync(tenant.Id, ct);
        var quota = http.HttpContext.RequestServices.GetRequiredService<SandboxOptions>().Limits.SnapshotsPerTenant;
        if ((await store.ListSnapshotsAsync(tenant.Id, ct)).Count >= quota)
            return ControlResults.Problem(StatusCodes.Status409Conflict, "QUOTA_INSTANTANES",
                $"Quota atteint : {quota} instantanés par tenant. Supprimez-en un (DELETE /sandbox/v1/snapshots/{{id}}) avant d'en prendre un autre.");
        var current = await store.FindTenantAsync(tenant.Id, ct) ?? tenant.Tenant;
        var snapshot = await store.CaptureAsync(current, "snp_" + Guid.NewGuid().ToString("N")[..12], request!.Label?.Trim(),
            realTime.GetUtcNow(), tenant.Now, ct);
        await store.SaveSnapshotAsync(tenant.Id, snapshot, ct);
        return ControlResults.Created(SnapshotView.Of(snapshot));
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
    private static async Task<IResult> Restore(string id, HttpRequest http, RequestTenant tenant, ISandboxStore store, TenantLocks locks,
        TenantSimulation simulation, TimeProvider realTime, CancellationToken ct)
    {
        using var _ = await locks.AcquireAsync(tenant.Id, ct);
        if (await store.FindSnapshotAsync(tenant.Id, id, ct) is not { } snapshot)
            return ControlResults.Problem(StatusCodes.Status404NotFound, "SNAPSHOT_INCONNU", $"Aucun instantané {id} pour ce tenant.");
        var realNow = realTime.GetUtcNow();
        var clock = snapshot.Clock with { SimulatedAnchor = snapshot.SimulatedAt, RealAnchor = realNow };
        if (!ClockRange.Contains(snapshot.SimulatedAt))
            return ControlResults.Problem(StatusCodes.Status400BadRequest, "INVALID_CLOCK_START", $"L'instantané {id} est hors de la plage du temps simulé ({ClockRange.Described}).");
        await store.RestoreAsync(tenant.Tenant.InNewTimeline(clock), snapshot with { Clock = clock }, ct);
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
