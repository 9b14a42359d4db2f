using AiciSandbox.Domain.Clock;
using AiciSandbox.Server.Auth;
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
        return control;
    }

    private static async Task<IResult> Create(HttpRequest http, RequestTenant caller, OwnTenants tenants, TimeProvider realTime, CancellationToken ct)
    {
        var (request, error) = await ControlBody.ReadOptionalAsync(http, "tenant", new CreateTenantRequest(null, null), ct);
        if (error is not null) return error;
        var created = await tenants.CreateAsync(caller.Tenant, request!, ct);
        if (!created.IsAccepted) return ControlResults.Problem(StatusCodes.Status400BadRequest, created.Refusal!.Code, created.Refusal.Message);

        var (tenant, secret) = created.Value;
        var baseUrl = $"{http.Scheme}://{http.Host}";
        var now = new SandboxClock(tenant.Clock, realTime).GetUtcNow();
        return ControlResults.Created(new CreatedTenant(tenant.Id.Value, tenant.Label, tenant.ClientId, secret,
            baseUrl + TokenApi.Path, baseUrl + SandboxRoutes.UrssafBase, ClockView.Of(tenant.Clock, now, null)));
    }

    /// <summary>Empties the tenant (particuliers, demandes, outbox, transitions, journal) and starts a new timeline.</summary>
    private static async Task<IResult> Reset(HttpRequest http, RequestTenant tenant, TenantTimelines timelines, CancellationToken ct)
    {
        var (request, error) = await ControlBody.ReadOptionalAsync(http, "reset", new ResetRequest(null), ct);
        if (error is not null) return error;
        var reset = await timelines.ResetAsync(tenant.Tenant, request!.Clock, ct);
        if (!reset.IsAccepted) return ControlResults.Problem(StatusCodes.Status400BadRequest, reset.Refusal!.Code, reset.Refusal.Message);
        return NewTimeline(http, reset.Value!);
    }

    private static async Task<IResult> TakeSnapshot(HttpRequest http, RequestTenant tenant, TenantTimelines timelines, CancellationToken ct)
    {
        var (request, error) = await ControlBody.ReadOptionalAsync(http, "snapshot", new SnapshotRequest(null), ct);
        if (error is not null) return error;
        return ControlResults.Created(SnapshotView.Of(await timelines.SnapshotAsync(tenant.Tenant, tenant.Now, request!.Label, ct)));
    }

    private static async Task<IResult> ListSnapshots(RequestTenant tenant, ISandboxStore store, CancellationToken ct) =>
        ControlResults.Ok((await store.ListSnapshotsAsync(tenant.Id, ct)).Select(SnapshotView.Of).ToList());

    /// <summary>The tenant goes back to the snapshot's state and clock: a new timeline, which may be earlier than now.</summary>
    private static async Task<IResult> Restore(string id, HttpRequest http, RequestTenant tenant, TenantTimelines timelines, CancellationToken ct) =>
        await timelines.RestoreAsync(tenant.Tenant, id, ct) is { } restored
            ? NewTimeline(http, restored)
            : ControlResults.Problem(StatusCodes.Status404NotFound, "SNAPSHOT_INCONNU", $"Aucun instantané {id} pour ce tenant.");

    /// <summary>The clock of a new timeline; the answer's <c>X-Sandbox-Now</c> is already the new timeline's now.</summary>
    private static IResult NewTimeline(HttpRequest http, NewTimeline timeline)
    {
        http.HttpContext.Response.Headers[TenantAuthentication.NowHeader] = TenantAuthentication.FormatNow(timeline.Now);
        return ControlResults.Ok(ClockView.Of(timeline.Clock, timeline.Now, timeline.Next));
    }
}
