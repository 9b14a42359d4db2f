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
        var routes = control.MapGroup("").WithTags("Tenants");
        routes.MapPost("/tenants", Create)
            .Doc("createTenant", "Create an isolated tenant (own data, clock and credentials)", """
                Returns new client credentials; the secret is shown only in this answer. Use one tenant per test run so that
                parallel runs never see each other's data. The clock starts at `clock.start` (default: now) in `clock.mode`
                (default: `manual`).
                """)
            .Body(optional: true, ("ci", new CreateTenantRequest("ci-run-42", new ClockSettingsRequest("2026-03-02T08:00:00Z", "manual", null))))
            .Answers<CreatedTenant>("Tenant created.", StatusCodes.Status201Created)
            .Refuses(StatusCodes.Status400BadRequest, "INVALID_BODY", "INVALID_CLOCK_START", "INVALID_CLOCK_MODE", "CLOCK_SPEED")
            .Refuses(StatusCodes.Status429TooManyRequests, OwnTenants.RefusedQuota);
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
            .Refuses(StatusCodes.Status400BadRequest, "INVALID_BODY")
            .Refuses(StatusCodes.Status409Conflict, TenantTimelines.RefusedSnapshotQuota);
        routes.MapGet("/snapshots", ListSnapshots)
            .Doc("listSnapshots", "The tenant's snapshots")
            .Answers<List<SnapshotView>>("The snapshots, oldest first.");
        routes.MapPost("/snapshots/{id}/restore", Restore)
            .Doc("restoreSnapshot", "Bring the tenant back to a snapshot (a new timeline; the journal is not rewound)")
            .Param("id", "The snapshot's id, from POST /snapshots.", "snp_0123456789ab")
            .Answers<ClockView>("The restored clock.")
            .Refuses(StatusCodes.Status404NotFound, "SNAPSHOT_INCONNU")
            .Refuses(StatusCodes.Status400BadRequest, "INVALID_CLOCK_START");
        routes.MapDelete("/snapshots/{id}", DeleteSnapshot)
            .Doc("deleteSnapshot", "Delete one of the tenant's snapshots", "Frees room under the quota of snapshots per tenant (`Sandbox:Limits:SnapshotsPerTenant`).")
            .Param("id", "The snapshot's id, from POST /snapshots.", "snp_0123456789ab")
            .AnswersNothing("Deleted.")
            .Refuses(StatusCodes.Status404NotFound, "SNAPSHOT_INCONNU");
        return control;
    }

    private static async Task<IResult> Create(HttpRequest http, RequestTenant caller, OwnTenants tenants, TimeProvider realTime, CancellationToken ct)
    {
        var (request, error) = await ControlBody.ReadOptionalAsync(http, "tenant", new CreateTenantRequest(null, null), ct);
        if (error is not null) return error;
        RateLimitRefusal? quota = null;
        var created = await tenants.CreateAsync(caller.Tenant, request!, ct, refused => quota = refused);
        if (quota is not null)
            return RateLimitAnswers.Control(http.HttpContext, quota, OwnTenants.RefusedQuota, $"Quota atteint : {quota.Permits} tenants créés par heure et par tenant créateur.");
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
        var snapshot = await timelines.SnapshotAsync(tenant.Tenant, tenant.Now, request!.Label, ct);
        return snapshot.IsAccepted
            ? ControlResults.Created(SnapshotView.Of(snapshot.Value!))
            : ControlResults.Problem(StatusCodes.Status409Conflict, snapshot.Refusal!.Code, snapshot.Refusal.Message);
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
    private static async Task<IResult> Restore(string id, HttpRequest http, RequestTenant tenant, TenantTimelines timelines, CancellationToken ct) =>
        await timelines.RestoreAsync(tenant.Tenant, id, ct) switch
        {
            null => ControlResults.Problem(StatusCodes.Status404NotFound, "SNAPSHOT_INCONNU", $"Aucun instantané {id} pour ce tenant."),
            { IsAccepted: false } refused => ControlResults.Problem(StatusCodes.Status400BadRequest, refused.Refusal!.Code, refused.Refusal.Message),
            { } restored => NewTimeline(http, restored.Value!),
        };

    /// <summary>The clock of a new timeline; the answer's <c>X-Sandbox-Now</c> is already the new timeline's now.</summary>
    private static IResult NewTimeline(HttpRequest http, NewTimeline timeline)
    {
        http.HttpContext.Response.Headers[TenantAuthentication.NowHeader] = TenantAuthentication.FormatNow(timeline.Now);
        return ControlResults.Ok(ClockView.Of(timeline.Clock, timeline.Now, timeline.Next));
    }
}
