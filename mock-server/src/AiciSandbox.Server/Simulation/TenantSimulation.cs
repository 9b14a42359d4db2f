using AiciSandbox.Domain.Clock;
using AiciSandbox.Domain.Common;
using AiciSandbox.Domain.Simulation;
using AiciSandbox.Domain.Tenants;
using AiciSandbox.Server.Storage;

namespace AiciSandbox.Server.Simulation;

/// <summary>What a clock move did: the clock before and after, and the transitions that fell due in between.</summary>
internal sealed record ClockMove(ClockState Previous, DateTimeOffset PreviousNow, ClockState Clock, DateTimeOffset Now, EngineResult Changes);

/// <summary>
/// Runs the domain's <see cref="SimulationEngine"/> against the store: catches a tenant up with its clock before any request
/// reads its state, moves the clock, and plays control actions — each under the tenant's lock, each committed before the
/// answer.
/// </summary>
/// <remarks>
/// Time-driven transitions are applied lazily: nothing polls in real time (STYLE rule 8). Whatever reads a tenant first
/// catches it up to its simulated now, so an accelerated clock and a manual one behave the same to an observer.
/// </remarks>
internal sealed class TenantSimulation(ISandboxStore store, TenantLocks locks, TimeProvider realTime, Operations.SandboxMetrics metrics)
{
    /// <summary>Where the organisme's messages go in the outbox (a tenant is one provider).</summary>
    public static string OrganismeAddress(Tenant tenant) => $"organisme@{tenant.ClientId}.sandbox.test";

    public async Task<EngineResult> CatchUpAsync(Tenant tenant, DateTimeOffset now, CancellationToken ct)
    {
        if (await store.NextDueAsync(tenant.Id, ct) is not { } due || due > now) return EngineResult.Empty;
        using var _ = await locks.AcquireAsync(tenant.Id, ct);
        return await CatchUpLockedAsync(tenant, now, ct);
    }

    /// <summary>Moves the tenant's clock (by <paramref name="move"/>) and applies everything that fell due on the way.</summary>
    public async Task<Outcome<ClockMove>> MoveClockAsync(
        TenantId id, Func<ClockState, DateTimeOffset, NextEvent?, Outcome<ClockState>> move, CancellationToken ct)
    {
        using var _ = await locks.AcquireAsync(id, ct);
        var tenant = await store.FindTenantAsync(id, ct) ?? throw new InvalidOperationException($"Tenant {id} vanished.");
        var realNow = realTime.GetUtcNow();
        var before = tenant.Clock.NowAt(realNow);
        await CatchUpLockedAsync(tenant, before, ct);
        var next = SimulationEngine.NextDue(await store.LoadWorldAsync(id, OrganismeAddress(tenant), null, ct));
        var moved = move(tenant.Clock, realNow, next);
        if (!moved.IsAccepted) return Outcome<ClockMove>.Refuse(moved.Refusal!.Code, moved.Refusal.Message);

        var clock = moved.Value!;
        await store.SaveTenantAsync(tenant with { Clock = clock }, ct);
        var now = clock.NowAt(realNow);
        var changes = await CatchUpLockedAsync(tenant, now, ct);
        return Outcome<ClockMove>.Accept(new ClockMove(tenant.Clock, before, clock, now, changes));
    }

    /// <summary>Plays a control action at <paramref name="now"/>, after catching the tenant up to it.</summary>
    public async Task<Outcome<EngineResult>> ActAsync(Tenant tenant, ControlAction action, DateTimeOffset now, CancellationToken ct)
    {
        using var _ = await locks.AcquireAsync(tenant.Id, ct);
        await CatchUpLockedAsync(tenant, now, ct);
        var outcome = SimulationEngine.Act(await store.LoadWorldAsync(tenant.Id, OrganismeAddress(tenant), action, ct), action, now);
        if (!outcome.IsAccepted) return outcome;
        await store.CommitAsync(tenant.Id, outcome.Value!, ct);
        metrics.Applied(outcome.Value!.Transitions);
        return outcome;
    }

    /// <summary>The next thing that will happen in the tenant, if anything.</summary>
    public async Task<NextEvent?> NextEventAsync(Tenant tenant, CancellationToken ct) =>
        SimulationEngine.NextDue(await store.LoadWorldAsync(tenant.Id, OrganismeAddress(tenant), null, ct));

    private async Task<EngineResult> CatchUpLockedAsync(Tenant tenant, DateTimeOffset now, CancellationToken ct)
    {
        if (await store.NextDueAsync(tenant.Id, ct) is not { } due || due > now) return EngineResult.Empty;
        var changes = SimulationEngine.ApplyDue(await store.LoadWorldAsync(tenant.Id, OrganismeAddress(tenant), null, ct), now);
        await store.CommitAsync(tenant.Id, changes, ct);
        metrics.Applied(changes.Transitions);
        return changes;
    }
}
