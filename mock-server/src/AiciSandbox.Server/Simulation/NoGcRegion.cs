using System.Runtime;

namespace AiciSandbox.Server.Simulation;

/// <summary>
/// No garbage collection while the engine plays a large world and commits it (a clock move over thousands of live demandes):
/// everything such a run allocates (the demandes' new versions, their transitions and messages) stays alive until its commit,
/// so each collection during the run only copied it from generation to generation. The runtime is asked for a region without
/// collections sized to the world (<see cref="GC.TryStartNoGCRegion(long, bool)"/>, without a full blocking collection to
/// start it), and the garbage is collected after the commit, when nearly all of it is dead. A 10,000-demande <c>P30D</c> costs
/// about a tenth less CPU (bench/results/experiments/2026-12-06-tail-and-move.md) at the price of up to
/// <see cref="MaxBytes"/> of memory committed while it runs. Small worlds, the common case, are left alone.
/// </summary>
/// <remarks>
/// The region is the whole process's: another request allocating meanwhile draws on the same budget. Whatever exceeds the
/// budget, or a second region asked for while one runs (two tenants' moves at once on PostgreSQL), only means a collection
/// happens as usual.
/// </remarks>
internal sealed class NoGcRegion : IDisposable
{
    /// <summary>The smallest world (live demandes) worth a region: below it, the run's collections cost little.</summary>
    public const int MinDemandes = 2_000;

    /// <summary>What one demande's run allocates, about: its new versions, 4 transitions and 4 messages, their JSON.</summary>
    private const long BytesPerDemande = 24 * 1024;

    /// <summary>The most memory a region may hold committed (a world of about 10,900 demandes or more).</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    private NoGcRegion()
    {
    }

    /// <summary>A region for a run over <paramref name="demandes"/> live demandes, or nothing when the world is small.</summary>
    public static NoGcRegion For(int demandes)
    {
        var region = new NoGcRegion();
        if (demandes < MinDemandes || GCSettings.LatencyMode == GCLatencyMode.NoGCRegion) return region;
        try
        {
            region.Active = GC.TryStartNoGCRegion(Math.Min(demandes * BytesPerDemande, MaxBytes), disallowFullBlockingGC: true);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // too large for this runtime's settings, or another run's region began in between: collections as usual
        }
        return region;
    }

    /// <summary>Whether collections are held off for this run.</summary>
    public bool Active { get; private set; }

    public void Dispose()
    {
        if (!Active) return;
        Active = false;
        try
        {
            GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // the budget ran out and a collection already ended the region: nothing to undo
        }
    }
}
