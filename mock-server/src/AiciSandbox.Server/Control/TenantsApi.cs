using AiciSandbox.Domain.Clock;
using AiciSandbox.Server.Auth;
using AiciSandbox.Server.Json;
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
        return control;
    }

    private static async Task<IResult> Create(HttpRequest http, ISandboxStore store, TimeProvider realTime, CancellationToken ct)
    {
        var (request, error) = await ControlBody.ReadOptionalAsync(http, "tenant", new CreateTenantRequest(null, null), ct);
        if (error is not null) return error;
        var created = TenantFactory.Create(request!, realTime.GetUtcNow());
        if (!created.IsAccepted) return ControlResults.Problem(StatusCodes.Status400BadRequest, created.Refusal!.Code, created.Refusal.Message);

        var (tenant, secret) = created.Value;
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
        var clock = TenantFactory.NewClock(request!.Clock ?? SameMode(tenant.Tenant.Clock), realNow);
        if (!clock.IsAccepted) return ControlResults.Problem(StatusCodes.Status400BadRequest, clock.Refusal!.Code, clock.Refusal.Message);

        using var _ = await locks.AcquireAsync(tenant.Id, ct);
        await store.ResetAsync(tenant.Id, ct);
        await store.SaveTenantAsync(tenant.Tenant with { Clock = clock.Value! }, ct);
        return ControlResults.Ok(ClockView.Of(clock.Value!, clock.Value!.NowAt(realNow), null));
    }

    private static async Task<IResult> TakeSnapshot(
        HttpRequest http, RequestTenant tenant, ISandboxStore store, TenantLocks locks, TimeProvider realTime, CancellationToken ct)
    {
        var (request, error) = await ControlBody.ReadOptionalAsync(http, "snapshot", new SnapshotRequest(null), ct);
        if (error is not null) return error;
        using var _ = await locks.AcquireAsync(tenant.Id, ct);
        var current = await store.FindTenantAsync(tenant.Id, ct) ?? tenant.Tenant;
        var snapshot = await store.CaptureAsync(current, "snp_" + Guid.NewGuid().ToString("N")[..12], request!.Label?.Trim(),
            realTime.GetUtcNow(), tenant.Now, ct);
        await store.SaveSnapshotAsync(tenant.Id, snapshot, ct);
        return ControlResults.Created(SnapshotView.Of(snapshot));
    }

    private static async Task<IResult> ListSnapshots(RequestTenant tenant, ISandboxStore store, CancellationToken ct) =>
        ControlResults.Ok((await store.ListSnapshotsAsync(tenant.Id, ct)).Select(SnapshotView.Of).ToList());

    /// <summary>The tenant goes back to the snapshot's state and clock: a new timeline, which may be earlier than now.</summary>
    private static async Task<IResult> Restore(
        string id, RequestTenant tenant, ISandboxStore store, TenantLocks locks, TimeProvider realTime, CancellationToken ct)
    {
        using var _ = await locks.AcquireAsync(tenant.Id, ct);
        if (await store.FindSnapshotAsync(tenant.Id, id, ct) is not { } snapshot)
            return ControlResults.Problem(StatusCodes.Status404NotFound, "SNAPSHOT_INCONNU", $"Aucun instantané {id} pour ce tenant.");
        var realNow = realTime.GetUtcNow();
        var clock = snapshot.Clock with { SimulatedAnchor = snapshot.SimulatedAt, RealAnchor = realNow };
        await store.RestoreAsync(tenant.Tenant with { Clock = clock }, snapshot with { Clock = clock }, ct);
        return ControlResults.Ok(ClockView.Of(clock, clock.NowAt(realNow), null));
    }

    private static ClockSettingsRequest SameMode(ClockState clock) =>
        new(null, clock.Mode == ClockMode.Manual ? "manual" : "accelerated", clock.Speed);
}
