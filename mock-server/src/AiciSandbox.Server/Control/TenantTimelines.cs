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
internal sealed class TenantTimelines(TenantSessions sessions, TenantSimulation simulation, TimeProvider realTime)
{
    /// <summary>Empties the tenant (particuliers, demandes, outbox, transitions, journal) and starts a new timeline.</summary>
    public async Task<Outcome<NewTimeline>> ResetAsync(Tenant tenant, ClockSettingsRequest? settings, CancellationToken ct)
    {
        var realNow = realTime.GetUtcNow();
        var clock = TenantFactory.NewClock(InCurrentMode(settings, tenant.Clock), realNow);
        if (!clock.IsAccepted) return Outcome<NewTimeline>.Refuse(clock.Refusal!.Code, clock.Refusal.Message);

        await sessions.RunAsync(tenant.Id, async session =>
        {
            await session.ResetAsync(tenant.Id, ct);
            await session.SaveTenantAsync(tenant with { Clock = clock.Value! }, ct);
            return true;
        }, ct);
        return Outcome<NewTimeline>.Accept(new NewTimeline(clock.Value!, clock.Value!.NowAt(realNow), null));
    }

    public Task<TenantSnapshot> SnapshotAsync(Tenant tenant, DateTimeOffset now, string? label, CancellationToken ct) =>
        sessions.RunAsync(tenant.Id, async session =>
        {
            var current = await session.FindTenantAsync(tenant.Id, ct) ?? tenant;
            var snapshot = await session.CaptureAsync(current, "snp_" + Guid.NewGuid().ToString("N")[..12], label?.Trim(), realTime.GetUtcNow(), now, ct);
            await session.SaveSnapshotAsync(tenant.Id, snapshot, ct);
            return snapshot;
        }, ct);

    /// <summary>The tenant goes back to the snapshot's state and clock; null when the tenant has no such snapshot.</summary>
    public async Task<NewTimeline?> RestoreAsync(Tenant tenant, string id, CancellationToken ct)
    {
        var realNow = realTime.GetUtcNow();
        var restored = await sessions.RunAsync(tenant.Id, async session =>
        {
            if (await session.FindSnapshotAsync(tenant.Id, id, ct) is not { } snapshot) return null;
            var clock = snapshot.Clock with { SimulatedAnchor = snapshot.SimulatedAt, RealAnchor = realNow };
            await session.RestoreAsync(tenant with { Clock = clock }, snapshot with { Clock = clock }, ct);
            return clock;
        }, ct);
        return restored is not { } restoredClock ? null
            : new NewTimeline(restoredClock, restoredClock.NowAt(realNow), await simulation.NextEventAsync(tenant, ct));
    }

    /// <summary>The new timeline's clock settings: what is asked, the current mode and speed for what it leaves out.</summary>
    private static ClockSettingsRequest InCurrentMode(ClockSettingsRequest? asked, ClockState clock) =>
        asked?.Mode is not null ? asked : new(asked?.Start, clock.Mode == ClockMode.Manual ? "manual" : "accelerated", asked?.Speed ?? clock.Speed);
}
