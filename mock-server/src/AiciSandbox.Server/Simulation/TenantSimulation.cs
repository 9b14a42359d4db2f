using AiciSandbox.Domain.Clock;
using AiciSandbox.Domain.Common;
using AiciSandbox.Domain.Simulation;
using AiciSandbox.Domain.Tenants;
using AiciSandbox.Server.Storage;

namespace AiciSandbox.Server.Simulation;

/// <summary>What a clock move did: the clock before and after, the transitions that fell due in between, and what is next.</summary>
internal sealed record ClockMove(ClockState Previous, DateTimeOffset PreviousNow, ClockState Clock, DateTimeOffset Now, EngineResult Changes, NextEvent? Next);

/// <summary>
/// Runs the domain's <see cref="SimulationEngine"/> in tenant sessions: catches a tenant up with its clock before any request
/// reads its state, moves the clock, and plays control actions — each in one session (the tenant's lock, the world loaded
/// once, one commit before the answer).
/// </summary>
/// <remarks>
/// Time-driven transitions are applied lazily: nothing polls in real time (STYLE rule 8). Whatever reads a tenant first
/// catches it up to its simulated now, so an accelerated clock and a manual one behave the same to an observer.
/// </remarks>
internal sealed class TenantSimulation(ISandboxStore store, TenantSessions sessions, TenantDirectory directory, TimeProvider realTime,
    Operations.SandboxMetrics metrics)
{
    /// <summary>Where the organisme's messages go in the outbox (a tenant is one provider).</summary>
    public static string OrganismeAddress(Tenant tenant) => $"organisme@{tenant.ClientId}.sandbox.test";

    public async Task<EngineResult> CatchUpAsync(Tenant tenant, DateTimeOffset now, CancellationToken ct)
    {
        // The common case, nothing due, costs no session (and no query while the directory knows the next due date).
        if (await directory.NextDueAsync(tenant.Id, ct) is not { } due || due > now) return EngineResult.Empty;
        return await sessions.RunAsync(tenant.Id, async session =>
        {
            if (await session.NextDueAsync(tenant.Id, ct) is not { } stillDue || stillDue > now) return EngineResult.Empty;
            using var world = await WorldForRunAsync(session, tenant, null, ct);
            var changes = SimulationEngine.ApplyDue(world.World, now);
            await session.CommitAsync(tenant.Id, changes, ct);
            metrics.Applied(changes.Transitions);
            return changes;
        }, ct);
    }

    /// <summary>Moves the tenant's clock (by <paramref name="move"/>) and applies everything that fell due on the way.</summary>
    public Task<Outcome<ClockMove>> MoveClockAsync(
        TenantId id, Func<ClockState, DateTimeOffset, NextEvent?, Outcome<ClockState>> move, CancellationToken ct) =>
        sessions.RunAsync(id, async session =>
        {
            var tenant = await session.FindTenantAsync(id, ct) ?? throw new InvalidOperationException($"Tenant {id} vanished.");
            var realNow = realTime.GetUtcNow();
            var before = tenant.Clock.NowAt(realNow);
            // One engine run for the whole move: the world loaded and queued once, caught up, asked what is next, moved on.
            using var world = await WorldForRunAsync(session, tenant, null, ct);
            var run = SimulationEngine.Begin(world.World);
            var caughtUp = run.ApplyDue(before);
            var moved = move(tenant.Clock, realNow, run.Next);
            if (!moved.IsAccepted)
            {
                await session.CommitAsync(id, caughtUp, ct);
                metrics.Applied(caughtUp.Transitions);
                return Outcome<ClockMove>.Refuse(moved.Refusal!.Code, moved.Refusal.Message);
            }

            var clock = moved.Value!;
            var now = clock.NowAt(realNow);
            var changes = run.ApplyDue(now);
            await session.CommitAsync(id, caughtUp, ct);
            await session.SaveTenantAsync(tenant with { Clock = clock }, ct);
            await session.CommitAsync(id, changes, ct);
            metrics.Applied(caughtUp.Transitions);
            metrics.Applied(changes.Transitions);
            var next = run.Next;
            return Outcome<ClockMove>.Accept(new ClockMove(tenant.Clock, before, clock, now, changes, next));
        }, ct);

    /// <summary>Plays a control action at <paramref name="now"/>, after catching the tenant up to it.</summary>
    public Task<Outcome<EngineResult>> ActAsync(Tenant tenant, ControlAction action, DateTimeOffset now, CancellationToken ct) =>
        sessions.RunAsync(tenant.Id, async session =>
        {
            using var world = await WorldForRunAsync(session, tenant, action, ct);
            var caughtUp = SimulationEngine.ApplyDue(world.World, now);
            await session.CommitAsync(tenant.Id, caughtUp, ct);
            metrics.Applied(caughtUp.Transitions);
            var outcome = SimulationEngine.Act(world.World.With(caughtUp), action, now);
            if (!outcome.IsAccepted) return outcome;
            await session.CommitAsync(tenant.Id, outcome.Value!, ct);
            metrics.Applied(outcome.Value!.Transitions);
            return outcome;
        }, ct);

    /// <summary>
    /// The tenant's world, loaded once for an engine run in its session, with the run's region without collections open
    /// (<see cref="NoGcRegion"/>, for a large world) until the run is committed and the value disposed.
    /// </summary>
    private static async Task<WorldForRun> WorldForRunAsync(ISandboxStore session, Tenant tenant, ControlAction? action, CancellationToken ct)
    {
        var world = await session.LoadWorldAsync(tenant.Id, OrganismeAddress(tenant), action, ct);
        return new WorldForRun(world, NoGcRegion.For(world.Demandes.Count));
    }

    private sealed record WorldForRun(TenantWorld World, NoGcRegion NoGc) : IDisposable
    {
        public void Dispose() => NoGc.Dispose();
    }

    /// <summary>The next thing that will happen in the tenant, if anything.</summary>
    public async Task<NextEvent?> NextEventAsync(Tenant tenant, CancellationToken ct) =>
        SimulationEngine.NextDue(await store.LoadWorldAsync(tenant.Id, OrganismeAddress(tenant), null, ct));
}
