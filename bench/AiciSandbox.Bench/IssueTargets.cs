using System.Globalization;
using System.Text;

namespace AiciSandbox.Bench;

/// <summary>
/// The performance targets of issue 10 that a run measures, each judged from this run's own figures: the table that opens
/// a report. A target that is not met shows beside it the figure that explains it (the same measure for the peer, or for
/// the bare Kestrel floor of this machine), so the reader can tell a slow sandbox from a machine or a peer that forbids it.
/// </summary>
internal static class IssueTargets
{
    /// <param name="Met">Null when this run cannot judge it (not measured, or measured at another size).</param>
    internal sealed record Verdict(string Target, string Measured, bool? Met);

    public static void Write(StringBuilder md, IReadOnlyCollection<Verdict> verdicts)
    {
        if (verdicts.Count == 0) return;
        md.AppendLine("## Issue 10's targets, judged from this run").AppendLine();
        md.AppendLine("| target | measured | verdict |");
        md.AppendLine("|---|---|---|");
        foreach (var v in verdicts)
            md.AppendLine(CultureInfo.InvariantCulture, $"| {v.Target} | {v.Measured} | {v.Met switch { true => "met", false => "**not met**", null => "not judged" }} |");
        md.AppendLine();
    }

    /// <summary>What the side-by-side run judges: (b), (e) and (c) against the WireMock.Net stub and Prism, and the cold start.</summary>
    public static List<Verdict> OfSideBySide(Results r)
    {
        var verdicts = new List<Verdict>();
        var stub = BenchRun.Peer;
        var sandbox = BenchRun.Sandbox;
        if (r.SideMedian("search", sandbox) is { } search && r.SideMedian("search", stub) is { } stubSearch)
        {
            var knee = r.Knee(16, sandbox);
            var kneeStub = r.Knee(16, stub);
            var kneeText = knee is not null && kneeStub is not null ? F($"; (b) 16 workers × {knee.Rps / kneeStub.Rps:F2} ({knee.Rps:N0} vs {kneeStub.Rps:N0})") : "";
            verdicts.Add(new("search, 16 workers, req/s ≥ 1.0× the stub (log 5 000)",
                F($"(e) × {search.Rps / stubSearch.Rps:F2} ({search.Rps:N0} vs {stubSearch.Rps:N0}){kneeText}"), search.Rps >= stubSearch.Rps));
            var kneeCpu = knee?.ServerCpuMsPerRequest;
            verdicts.Add(new("server CPU per search ≤ 0.25 ms",
                F($"(e) {search.ServerCpuMsPerRequest:F3} ms{(kneeCpu is { } k ? F($"; (b) 16 workers {k:F3} ms") : "")} (the stub: {stubSearch.ServerCpuMsPerRequest:F3})"),
                search.ServerCpuMsPerRequest <= 0.25 && (kneeCpu ?? 0) <= 0.25));
        }
        foreach (var (op, wanted) in new[] { ("submit", 0.5), ("token", 0.5) })
            if (r.SideMedian(op, sandbox) is { } mine && r.SideMedian(op, stub) is { } theirs)
                verdicts.Add(new(F($"{op}, 16 workers on one tenant, req/s ≥ {wanted:F1}× the stub"),
                    F($"× {mine.Rps / theirs.Rps:F2} ({mine.Rps:N0} vs {theirs.Rps:N0}){(op == "submit" ? ", durable before the answer" : "")}"), mine.Rps >= wanted * theirs.Rps));
        foreach (var op in new[] { "search", "submit" })
            if (r.SideMedian(op, sandbox) is { } mine && r.SideMedian(op, PrismHost.Name) is { } prism && prism.Rps > 0)
            {
                var stubRatio = r.SideMedian(op, stub) is { } s
                    ? F($"; the stub (log 5 000), which keeps nothing: × {s.Rps / prism.Rps:F2}{(s.Rps < 4 * prism.Rps ? ", short of it too" : "")}")
                    : "";
                verdicts.Add(new(F($"{op} ≥ 4× Prism 5.16"), F($"× {mine.Rps / prism.Rps:F2} ({mine.Rps:N0} vs {prism.Rps:N0}){stubRatio}"), mine.Rps >= 4 * prism.Rps));
            }
        var thousand = r.Lives.Where(l => l.N == 1000).ToList();
        if (thousand.Count > 0)
            verdicts.Add(new("1,000 inscriptions one by one < 1 s",
                string.Join(", ", thousand.Select(l => F($"{l.Inscriptions.TotalSeconds:F2} s ({l.DriveText} lifecycle)"))),
                thousand.All(l => l.Inscriptions < TimeSpan.FromSeconds(1))));
        if (r.ColdStart.TryGetValue(sandbox, out var cold))
            verdicts.Add(ColdStart(cold));
        return verdicts;
    }

    /// <param name="cold">The median of <paramref name="servers"/> starts.</param>
    public static Verdict ColdStart(TimeSpan cold, int servers = 1) =>
        new("cold start to ready < 1.5 s", F($"{cold.TotalMilliseconds:F0} ms{(servers > 1 ? F($" (median of {servers} servers)") : "")}"), cold < TimeSpan.FromSeconds(1.5));

    public static TimeSpan Median(IEnumerable<TimeSpan> samples)
    {
        var sorted = samples.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    /// <summary>Every sample in milliseconds, as the reports list them beside a median (<paramref name="format"/>: F0, F1…).</summary>
    public static string Each(IEnumerable<TimeSpan> samples, string format = "F0") =>
        string.Join(", ", samples.Select(s => s.TotalMilliseconds.ToString(format, CultureInfo.InvariantCulture)));

    /// <summary>
    /// (g): one <c>P30D</c> over the live demandes, first on fresh servers and again on more tenants once the code is warm,
    /// each judged on the median of its samples, beside what SQLite alone takes on this machine to store the rows a warm move
    /// stored (<see cref="SqliteFloor"/>).
    /// </summary>
    /// <param name="firstsJit">The time the JIT spent compiling during each first move (and the second after it); <paramref name="warmsJit"/> the same for the warm ones.</param>
    public static IEnumerable<Verdict> OfBigMoves(int n, IReadOnlyList<TimeSpan> firsts, IReadOnlyList<TimeSpan> warms, TimeSpan sqliteFloor,
        IReadOnlyList<TimeSpan> firstsJit, IReadOnlyList<TimeSpan> warmsJit)
    {
        bool? Judged(TimeSpan cpu) => n >= 10_000 ? cpu < TimeSpan.FromSeconds(1) : null;
        var size = n >= 10_000 ? "" : F($" (this run: {n:N0} demandes; the target is stated for 10,000)");
        var floor = F($"; SQLite alone storing the rows a warm move stores: {sqliteFloor.TotalMilliseconds:F0} ms");
        string Measured(IReadOnlyList<TimeSpan> samples, IReadOnlyList<TimeSpan> jit) =>
            F($"{Median(samples).TotalMilliseconds:F0} ms of CPU, median of {samples.Count} ({Each(samples)}); the JIT compiling during it and the second after: {Median(jit).TotalMilliseconds:F0} ms (median){size}{floor}");
        yield return new("10,000 live demandes advanced by P30D < 1 s of server time — first move of a fresh server", Measured(firsts, firstsJit), Judged(Median(firsts)));
        yield return new("the same once the server's code is warm (more tenants)", Measured(warms, warmsJit), Judged(Median(warms)));
    }

    /// <summary>One round of a target in (h)'s open loop: its p99, the requests it failed, its CPU per search (null when it died).</summary>
    public sealed record PacedRound(double P99, int Errors, double? CpuMs);

    /// <summary>
    /// (h): each round's p99 at half the peak and the sandbox's CPU per search, beside the bare Kestrel floor's p99 at the same
    /// rate, the WireMock.Net stub's rounds (a server that does about a search's work per request: the like-for-like peer) and
    /// how many of the machine's cores the sandbox's rounds kept busy (server and load generator together).
    /// </summary>
    public static Verdict OfPacedSearch(double rate, bool halfPeak, IReadOnlyList<PacedRound> sandbox, IReadOnlyList<double> floorP99,
        IReadOnlyList<double> busyCores, IReadOnlyList<PacedRound> stub)
    {
        var p99 = sandbox.Select(r => r.P99).ToList();
        var cpu = sandbox.Where(r => r.CpuMs is not null).Select(r => r.CpuMs!.Value).ToList();
        return new("search p99 at half the peak rate < 5 ms",
            F($"{Join(p99, "F1")} ms at {rate:N0} req/s{(halfPeak ? "" : " (a rate given, not half the peak)")}") +
            (cpu.Count == 0 ? "" : F($", {Join(cpu, "F3")} ms of server CPU per search")) + "; " +
            F($"bare Kestrel with a fixed answer at the same rate: {Join(floorP99, "F1")} ms{FloorMisses(floorP99)}") +
            (stub.Count == 0 ? "" : "; the WireMock.Net stub (log 5 000) at the same rate: " + string.Join(" / ", stub.Select(StubRound))) +
            (busyCores.Count == 0 ? "" : F($"; the sandbox's rounds kept {Join(busyCores, "F2")} of the machine's {Environment.ProcessorCount} cores busy, the load generator included")),
            halfPeak && p99.Count > 0 ? p99.All(p => p < 5) : null);
    }

    private static string StubRound(PacedRound r) =>
        (r.Errors > 0 ? F($"{r.Errors:N0} requests failed") : F($"{r.P99:F1} ms")) +
        (r.CpuMs is { } cpu ? F($" ({cpu:F3} ms of CPU per search)") : " (its process died)");

    /// <summary>When the machine's own floor misses the 5 ms too, in how many rounds: the target is then the machine's to meet.</summary>
    private static string FloorMisses(IReadOnlyList<double> floorP99)
    {
        var missed = floorP99.Count(p => p >= 5);
        return missed == 0 ? "" : F($", over 5 ms itself in {missed} of {floorP99.Count} rounds");
    }

    private static string Join(IEnumerable<double> figures, string format) =>
        string.Join(" / ", figures.Select(p => p.ToString(format, CultureInfo.InvariantCulture)));

    /// <summary>(i): RSS with the stored demandes, after searches.</summary>
    public static Verdict OfStored(long stored, long rssMb) =>
        new("100,000 demandes stored: RSS < 300 MB", F($"{rssMb} MB with {stored:N0} stored"), stored >= 100_000 ? rssMb < 300 : null);

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
