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
internal sealed class TenantTimelines(ISandboxStore store, TenantLocks locks, TenantSimulation simulation, TimeProvider realTime)
{
    /// <summary>Empties the tenant (particuliers, demandes, outbox, transitions, journal) and starts a new timeline.</summary>
    public async Task<Outcome<NewTimeline>> ResetAsync(Tenant tenant, ClockSettingsRequest? settings, CancellationToken ct)
    {
        var realNow = realTime.GetUtcNow();
        var clock = TenantFactory.NewClock(InCurrentMode(settings, tenant.Clock), realNow);
        if (!clock.IsAccepted) return Outcome<NewTimeline>.Refuse(clock.Refusal!.Code, clock.Refusal.Message);

        using var _ = await locks.AcquireAsync(tenant.Id, ct);
        await store.ResetAsync(tenant.Id, ct);
        await store.SaveTenantAsync(tenant with { Clock = clock.Value! }, ct);
        return Outcome<NewTimeline>.Accept(new NewTimeline(clock.Value!, clock.Value!.NowAt(realNow), null));
    }

    public async Task<TenantSnapshot> SnapshotAsync(Tenant tenant, DateTimeOffset now, string? label, CancellationToken ct)
    {
        using var _ = await locks.AcquireAsync(tenant.Id, ct);
        var current = await store.FindTenantAsync(tenant.Id, ct) ?? tenant;
        var snapshot = await store.CaptureAsync(current, "snp_" + Guid.NewGuid().ToString("N")[..12], label?.Trim(), realTime.GetUtcNow(), now, ct);
        await store.SaveSnapshotAsync(tenant.Id, snapshot, ct);
        return snapshot;
    }

    /// <summary>The tenant goes back to the snapshot's state and clock; null when the tenant has no such snapshot.</summary>
    public async Task<NewTimeline?> RestoreAsync(Tenant tenant, string id, CancellationToken ct)
    {
        ClockState clock;
        var realNow = realTime.GetUtcNow();
        using (await locks.AcquireAsync(tenant.Id, ct))
        {
            if (await store.FindSnapshotAsync(tenant.Id, id, ct) is not { } snapshot) return null;
            clock = snapshot.Clock with { SimulatedAnchor = snapshot.SimulatedAt, RealAnchor = realNow };
            await store.RestoreAsync(tenant with { Clock = clock }, snapshot with { Clock = clock }, ct);
        }
        return new NewTimeline(clock, clock.NowAt(realNow), await simulation.NextEventAsync(tenant, ct));
    }

    /// <summary>The new timeline's clock settings: what is asked, the current mode and speed for what it leaves out.</summary>
    private static ClockSettingsRequest InCurrentMode(ClockSettingsRequest? asked, ClockState clock) =>
        asked?.Mode is not null ? asked : new(asked?.Start, clock.Mode == ClockMode.Manual ? "manual" : "accelerated", asked?.Speed ?? clock.Speed);
}
