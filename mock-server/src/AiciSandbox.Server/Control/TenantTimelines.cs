using AiciSandbox.Domain.Clock;
using AiciSandbox.Domain.Common;
using AiciSandbox.Domain.Simulation;
using AiciSandbox.Domain.Tenants;
using AiciSandbox.Server.Simulation;
using AiciSandbox.Server.Storage;

namespace AiciSandbox.Server.Control;

/// <summary>A tenant's clock on a new timeline, its now, and what falls due next.</summary>
internal sealed record NewTimeline(ClockState Clock, DateTimeOffset Now, NextEvent? Next);

/// <summary>
/// A tenant's timelines: reset it (empty, with a new clock), take a snapshot of its state, restore one (a new timeline that
/// may be earlier than now). One implementation for the control API (<see cref="TenantsApi"/>) and the console.
/// </summary>
internal sealed class TenantTimelines(TenantSessions sessions, TenantSimulation simulation, SandboxOptions options, TimeProvider realTime)
{
    public const string RefusedSnapshotQuota = "QUOTA_INSTANTANES";

    /// <summary>Empties the tenant (particuliers, demandes, outbox, transitions, journal) and starts a new timeline.</summary>
    public async Task<Outcome<NewTimeline>> ResetAsync(Tenant tenant, ClockSettingsRequest? settings, CancellationToken ct)
    {
        var realNow = realTime.GetUtcNow();
        var clock = TenantFactory.NewClock(InCurrentMode(settings, tenant.Clock), realNow);
        if (!clock.IsAccepted) return Outcome<NewTimeline>.Refuse(clock.Refusal!.Code, clock.Refusal.Message);

        await sessions.RunAsync(tenant.Id, async session =>
        {
            await session.ResetAsync(tenant.Id, ct);
            await session.SaveTenantAsync(tenant.InNewTimeline(clock.Value!), ct);
            return true;
        }, ct);
        return Outcome<NewTimeline>.Accept(new NewTimeline(clock.Value!, clock.Value!.NowAt(realNow), null));
    }

    /// <summary>A snapshot of the tenant's state and clock, refused beyond the quota of snapshots per tenant.</summary>
    public async Task<Outcome<TenantSnapshot>> SnapshotAsync(Tenant tenant, DateTimeOffset now, string? label, CancellationToken ct)
    {
        var quota = options.Limits.SnapshotsPerTenant;
        var snapshot = await sessions.RunAsync(tenant.Id, async session =>
        {
            if ((await session.ListSnapshotsAsync(tenant.Id, ct)).Count >= quota) return null;
            var current = await session.FindTenantAsync(tenant.Id, ct) ?? tenant;
            var captured = await session.CaptureAsync(current, "snp_" + Guid.NewGuid().ToString("N")[..12], label?.Trim(), realTime.GetUtcNow(), now, ct);
            await session.SaveSnapshotAsync(tenant.Id, captured, ct);
            return captured;
        }, ct);
        return snapshot is null
            ? Outcome<TenantSnapshot>.Refuse(RefusedSnapshotQuota,
                $"Quota atteint : {quota} instantanés par tenant. Supprimez-en un (DELETE /sandbox/v1/snapshots/{{id}}) avant d'en prendre un autre.")
            : Outcome<TenantSnapshot>.Accept(snapshot);
    }

    /// <summary>
    /// The tenant goes back to the snapshot's state and clock; null when the tenant has no such snapshot, a refusal when the
    /// snapshot's instant is outside <see cref="ClockRange"/>.
    /// </summary>
    public async Task<Outcome<NewTimeline>?> RestoreAsync(Tenant tenant, string id, CancellationToken ct)
    {
        var realNow = realTime.GetUtcNow();
        var restored = await sessions.RunAsync<(ClockState? Clock, bool Found)>(tenant.Id, async session =>
        {
            if (await session.FindSnapshotAsync(tenant.Id, id, ct) is not { } snapshot) return (null, false);
            if (!ClockRange.Contains(snapshot.SimulatedAt)) return (null, true);
            var clock = snapshot.Clock with { SimulatedAnchor = snapshot.SimulatedAt, RealAnchor = realNow };
            await session.RestoreAsync(tenant.InNewTimeline(clock), snapshot with { Clock = clock }, ct);
            return (clock, true);
        }, ct);
        if (!restored.Found) return null;
        if (restored.Clock is not { } restoredClock)
            return Outcome<NewTimeline>.Refuse("INVALID_CLOCK_START", $"L'instantané {id} est hors de la plage du temps simulé ({ClockRange.Described}).");
        return Outcome<NewTimeline>.Accept(new NewTimeline(restoredClock, restoredClock.NowAt(realNow), await simulation.NextEventAsync(tenant, ct)));
    }

    /// <summary>The new timeline's clock settings: what is asked, the current mode and speed for what it leaves out.</summary>
    private static ClockSettingsRequest InCurrentMode(ClockSettingsRequest? asked, ClockState clock) =>
        asked?.Mode is not null ? asked : new(asked?.Start, clock.Mode == ClockMode.Manual ? "manual" : "accelerated", asked?.Speed ?? clock.Speed);
}
