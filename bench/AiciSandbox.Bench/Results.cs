namespace AiciSandbox.Bench;

internal sealed record MemoryCheckpoint(string When, string Target, MemorySample Sample);

internal sealed record DbCheckpoint(string When, DbSize Size, JournalCount Journal);

/// <summary>Everything one run measured, in the order the report shows it.</summary>
internal sealed class Results(BenchOptions options)
{
    public BenchOptions Options { get; } = options;
    public List<string> Targets { get; } = [];
    public Dictionary<(string Op, string Target), LatencyStats> Latency { get; } = [];
    public Dictionary<(int Workers, string Target), List<KneePoint>> Rounds { get; } = [];

    /// <summary>The median round (by throughput) of each level and target.</summary>
    public KneePoint? Knee(int workers, string target) =>
        Rounds.GetValueOrDefault((workers, target)) is { Count: > 0 } all ? all.OrderBy(p => p.Rps).ElementAt(all.Count / 2) : null;

    public void AddKnee(int workers, string target, KneePoint point)
    {
        if (!Rounds.TryGetValue((workers, target), out var all)) Rounds[(workers, target)] = all = [];
        all.Add(point);
    }

    /// <summary>(e) side by side: each (operation, target)'s rounds at <see cref="BenchOptions.SideWorkers"/> workers.</summary>
    public Dictionary<(string Op, string Target), List<KneePoint>> Side { get; } = [];

    public KneePoint? SideMedian(string op, string target) =>
        Side.GetValueOrDefault((op, target)) is { Count: > 0 } all ? all.OrderBy(p => p.Rps).ElementAt(all.Count / 2) : null;

    /// <summary>Time from process start to the first 2xx of its readiness path, per target.</summary>
    public Dictionary<string, TimeSpan> ColdStart { get; } = [];

    public MachineLoad? Machine { get; set; }
    public MachineLoad? MachineAfter { get; set; }

    /// <summary>CPU time of the bench client and every server, over the measured part of the run.</summary>
    public double OurCpuSeconds { get; set; }
    public List<LifecycleResult> Lives { get; } = [];
    public List<MemoryCheckpoint> Memory { get; } = [];
    public List<DbCheckpoint> Db { get; } = [];
    public Dictionary<string, (long Bytes, long Lines)> ConsoleOutput { get; } = [];
    public string? HttpTenantId { get; private set; }
    public DbSize? FinalSize { get; set; }
    public DbStats? FinalDb { get; set; }
    public JournalCount? FinalJournal { get; set; }
    public TimeSpan RunTime { get; set; }

    public void Sample(string when, IEnumerable<Target> targets)
    {
        foreach (var t in targets) Memory.Add(new MemoryCheckpoint(when, t.Name, t.Server.Memory()));
    }

    public async Task CheckpointAsync(string when, Target sandbox, CancellationToken ct)
    {
        HttpTenantId ??= sandbox.Tenant!.TenantId;
        Db.Add(new DbCheckpoint(when, DbSize.Of(sandbox.DbPath!), await Database.JournalAsync(sandbox.DbPath!, HttpTenantId, ct)));
    }
}
