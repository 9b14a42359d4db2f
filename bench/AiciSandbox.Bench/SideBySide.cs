namespace AiciSandbox.Bench;

/// <summary>
/// (e) The targets side by side: search, token and submit, each pulled by <see cref="BenchOptions.SideWorkers"/>
/// concurrent loops on the one tenant, in rounds that visit every target in turn (the median round is reported). Submit is
/// durable on the sandbox (acknowledged after its commit); the peers keep nothing.
/// </summary>
internal static class SideBySide
{
    public static readonly string[] Operations = ["search", "token", "submit"];

    /// <summary>Submissions of (e) are numbered from here, so that they never reuse a number of (a).</summary>
    private const int FirstSubmission = 1_000_000;

    /// <summary>
    /// Calls each target takes for each operation before its rounds: enough for its steady state. Under a steady load the
    /// sandbox's CPU per submission stays at 2–3 times its final figure for 10,000–16,000 requests while .NET compiles and
    /// recompiles its code (tiered compilation with PGO; the same goes for the WireMock.Net stub), and Prism (V8) answered
    /// submissions at 1,100–1,300/s after the former 200-call warm-up against 1,500/s once warm
    /// (results/experiments/2026-12-07-steady-state.md). The targets compare servers that have been up a while.
    /// </summary>
    public const int WarmUpCalls = 8_000;

    public static async Task RunAsync(BenchOptions o, Results results, IReadOnlyList<Target> targets, CancellationToken ct)
    {
        var w = o.SideWorkers;
        foreach (var op in Operations)
        {
            // Fewer submissions than searches: each one stays in the tenant (and in its particuliers' yearly ceilings).
            var count = op == "submit" ? Math.Max(w, o.Requests / 2) : o.Requests;
            var taken = FirstSubmission;
            var serving = targets.Where(t => t.Serves(op)).ToList();
            foreach (var t in serving)
            {
                await Load.ConcurrentAsync(t.Http, t.Op(op), taken, WarmUpCalls, w, t.Server.CpuTime, ct);
            }
            taken += WarmUpCalls;
            for (var round = 0; round < o.Rounds; round++)
            {
                foreach (var t in serving)
                {
                    var point = await Load.ConcurrentAsync(t.Http, t.Op(op), taken, count, w, t.Server.CpuTime, ct);
                    if (!results.Side.TryGetValue((op, t.Name), out var all)) results.Side[(op, t.Name)] = all = [];
                    all.Add(point);
                    BenchRun.Log($"(e) {op,-6} {w} workers round {round + 1} {t.Name,-30} {point.Rps,8:F0} req/s p50={point.Latency.P50:F2} ms p99={point.Latency.P99:F2} ms errors={point.Latency.Errors}");
                }
                taken += count;
            }
        }
    }
}
