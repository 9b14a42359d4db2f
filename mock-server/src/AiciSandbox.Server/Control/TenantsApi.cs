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
        var routes = control.MapGroup("").WithTags("Tenants");
        routes.MapPost("/tenants", Create)
            .Doc("createTenant", "Create an isolated tenant (own data, clock and credentials)", """
                Returns new client credentials; the secret is shown only in this answer. Use one tenant per test run so that
                parallel runs never see each other's data. The clock starts at `clock.start` (default: now) in `clock.mode`
                (default: `manual`).
                """)
            .Body(optional: true, ("ci", new CreateTenantRequest("ci-run-42", new ClockSettingsRequest("2026-03-02T08:00:00Z", "manual", null))))
            .Answers<CreatedTenant>("Tenant created.", StatusCodes.Status201Created)
            .Refuses(StatusCodes.Status400BadRequest, "INVALID_BODY", "INVALID_CLOCK_START", "INVALID_CLOCK_MODE", "CLOCK_SPEED");
        routes.MapPost("/reset", Reset)
            .Doc("resetTenant", "Empty the tenant (particuliers, demandes, outbox, transitions, journal) and start a new timeline",
                "Credentials, tokens and snapshots are kept. The clock restarts at `clock.start` (default now) in `clock.mode` (default the current mode).")
            .Body(optional: true, ("restart", new ResetRequest(new ClockSettingsRequest("2026-03-02T08:00:00Z", null, null))))
            .Answers<ClockView>("The new timeline's clock.")
            .Refuses(StatusCodes.Status400BadRequest, "INVALID_BODY", "INVALID_CLOCK_START", "INVALID_CLOCK_MODE", "CLOCK_SPEED");
        routes.MapPost("/snapshots", TakeSnapshot)
            .Doc("takeSnapshot", "Save the tenant's state (clock, particuliers, demandes, outbox, transitions)")
            .Body(optional: true, ("labelled", new SnapshotRequest("avant-validation")))
            .Answers<SnapshotView>("Saved.", StatusCodes.Status201Created)
            .Refuses(StatusCodes.Status400BadRequest, "INVALID_BODY");
        routes.MapGet("/snapshots", ListSnapshots)
            .Doc("listSnapshots", "The tenant's snapshots")
            .Answers<List<SnapshotView>>("The snapshots, oldest first.");
        routes.MapPost("/snapshots/{id}/restore", Restore)
            .Doc("restoreSnapshot", "Bring the tenant back to a snapshot (a new timeline; the journal is not rewound)")
            .Param("id", "The snapshot's id, from POST /snapshots.", "snp_0123456789ab")
            .Answers<ClockView>("The restored clock.")
            .Refuses(StatusCodes.Status404NotFound, "SNAPSHOT_INCONNU");
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
            await session.SaveTenantAsync(tenant.Tenant with { Clock = clock.Value! }, ct);
            return true;
        }, ct);
        return NewTimeline(http, clock.Value!, clock.Value!.NowAt(realNow), null);
    }

    private static async Task<IResult> TakeSnapshot(
        HttpRequest http, RequestTenant tenant, TenantSessions sessions, TimeProvider realTime, CancellationToken ct)
    {
        var (request, error) = await ControlBody.ReadOptionalAsync(http, "snapshot", new SnapshotRequest(null), ct);
        if (error is not null) return error;
        var snapshot = await sessions.RunAsync(tenant.Id, async session =>
        {
            var current = await session.FindTenantAsync(tenant.Id, ct) ?? tenant.Tenant;
            var captured = await session.CaptureAsync(current, "snp_" + Guid.NewGuid().ToString("N")[..12], request!.Label?.Trim(),
                realTime.GetUtcNow(), tenant.Now, ct);
            await session.SaveSnapshotAsync(tenant.Id, captured, ct);
            return captured;
        }, ct);
        return ControlResults.Created(SnapshotView.Of(snapshot));
    }

    private static async Task<IResult> ListSnapshots(RequestTenant tenant, ISandboxStore store, CancellationToken ct) =>
        ControlResults.Ok((await store.ListSnapshotsAsync(tenant.Id, ct)).Select(SnapshotView.Of).ToList());

    /// <summary>The tenant goes back to the snapshot's state and clock: a new timeline, which may be earlier than now.</summary>
    private static async Task<IResult> Restore(string id, HttpRequest http, RequestTenant tenant, TenantSessions sessions,
        TenantSimulation simulation, TimeProvider realTime, CancellationToken ct)
    {
        var realNow = realTime.GetUtcNow();
        var restored = await sessions.RunAsync(tenant.Id, async session =>
        {
            if (await session.FindSnapshotAsync(tenant.Id, id, ct) is not { } snapshot) return null;
            var clock = snapshot.Clock with { SimulatedAnchor = snapshot.SimulatedAt, RealAnchor = realNow };
            await session.RestoreAsync(tenant.Tenant with { Clock = clock }, snapshot with { Clock = clock }, ct);
            return clock;
        }, ct);
        if (restored is not { } clock)
            return ControlResults.Problem(StatusCodes.Status404NotFound, "SNAPSHOT_INCONNU", $"Aucun instantané {id} pour ce tenant.");
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
