namespace AiciSandbox.Domain.Simulation;

/// <summary>
/// One engine run over a tenant's world, played forward in steps: a clock move catches the tenant up to its current
/// instant, reads what falls due next (to decide a <c>next: true</c> move), applies what falls due up to the new instant,
/// and reads what is next again — on one working copy of the world and one due-event queue, built once.
/// </summary>
public sealed class EngineRun
{
    private const int MaxSteps = 1_000_000;
    private readonly SimulationEngine.Run run;

    internal EngineRun(SimulationEngine.Run run) => this.run = run;

    /// <summary>The next thing that will happen in the world as the run has left it, if anything.</summary>
    public NextEvent? Next => run.Earliest() is { } e ? new NextEvent(e.At, e.Kind, e.Id, e.Trigger) : null;

    /// <summary>Applies, in order, every transition that falls due up to <paramref name="now"/>; returns what this step changed.</summary>
    public EngineResult ApplyDue(DateTimeOffset now)
    {
        for (var step = 0; ; step++)
        {
            if (step == MaxSteps) throw new InvalidOperationException("Simulation did not settle: a due event keeps rescheduling itself.");
            var next = run.Earliest();
            if (next is null || next.Value.At > now) break;
            run.Fire(next.Value);
        }
        return run.TakeResult();
    }
}
