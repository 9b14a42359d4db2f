using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace AiciSandbox.Bench;

/// <summary>The run as Markdown: side-by-side tables, sandbox and peer in the same columns' order.</summary>
internal static class Report
{
    public static string Markdown(Results r)
    {
        var o = r.Options;
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# AiciSandbox benchmark — {o.Date:yyyy-MM-dd}");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"- Sandbox: commit `{o.Commit}`, `dotnet publish -c Release`, SQLite file in a temp directory, started as `dotnet AiciSandbox.Server.dll --urls http://127.0.0.1:<port> --Sandbox:Storage:SqlitePath=<file>` (console logging as shipped: Information).");
        if (r.Targets.Contains(BenchRun.SandboxQuiet))
            md.AppendLine(CultureInfo.InvariantCulture, $"- `{BenchRun.SandboxQuiet}`: the same build with `--Logging:LogLevel:Default=Warning` (its own SQLite file), to show what per-request console logging costs.");
        foreach (var (label, dll) in o.Candidates)
            md.AppendLine(CultureInfo.InvariantCulture, $"- Candidate `{label}`: another sandbox build (`{dll}`), measured in (a) and (b) only.");
        md.AppendLine(CultureInfo.InvariantCulture, $"- Peer: WireMock.Net.Minimal 2.21.0, static stubs for the same paths answering the sandbox's own recorded bodies byte for byte, in its own process with server GC. `{BenchRun.Peer}` keeps its request log bounded like the sandbox's journal (`MaxRequestLogCount = {PeerHost.JournalLikeLog}`); `{BenchRun.PeerNoLog}` has it off (`MaxRequestLogCount = 0`): the bare stub. The ratio column compares the sandbox with the like-for-like `{BenchRun.Peer}`.");
        md.AppendLine(CultureInfo.InvariantCulture, $"- Machine: {Environment.ProcessorCount} cores ({Cpu()}), {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}. Client and servers share the cores; loopback HTTP/1.1, keep-alive.");
        md.AppendLine(string.Create(CultureInfo.InvariantCulture, $"- Whole run: {r.RunTime.TotalSeconds:F0} s. Load average just before: {r.Machine?.LoadAverage ?? "?"}. ") +
            (r.Machine is { } a && r.MachineAfter is { } b
                ? $"During the run, other processes used {F(MachineLoad.ForeignShare(a, b, r.OurCpuSeconds) * 100, 0)} % of the machine and the hypervisor stole {F(MachineLoad.StealShare(a, b) * 100, 1)} % (from `/proc/stat`)."
                : ""));
        md.AppendLine();

        IssueTargets.Write(md, IssueTargets.OfSideBySide(r));
        Latency(md, r);
        Knee(md, r);
        SideBySideReport.Write(md, r);
        Lives(md, r);
        Memory(md, r);
        Journal(md, r);
        return md.ToString();
    }

    private static void Latency(StringBuilder md, Results r)
    {
        md.AppendLine(CultureInfo.InvariantCulture, $"## (a) Sequential latency, one kept-alive connection (ms)");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Warm-up before each series: {r.Options.Warmup} searches, {Math.Max(1, r.Options.Warmup / 3)} tokens or submissions (not counted).");
        md.AppendLine();
        md.AppendLine("| operation | n | metric | " + string.Join(" | ", r.Targets) + " | sandbox ÷ stub (log) |");
        md.AppendLine("|---|--:|---|" + string.Concat(r.Targets.Select(_ => "--:|")) + "--:|");
        foreach (var (op, label) in new[] { ("search", "search `POST …/demandePaiement/rechercher`"), ("token", "token `POST /api/oauth/v1/token`"), ("submit", "submit 1 demande `POST …/demandePaiement`") })
        {
            var stats = r.Targets.Select(t => r.Latency.GetValueOrDefault((op, t))).ToList();
            var n = stats.FirstOrDefault(s => s is not null)?.Count ?? 0;
            foreach (var (metric, pick) in new (string, Func<LatencyStats, double>)[] { ("p50", s => s.P50), ("p95", s => s.P95), ("p99", s => s.P99), ("mean", s => s.Mean), ("max", s => s.Max) })
            {
                md.Append(CultureInfo.InvariantCulture, $"| {(metric == "p50" ? label : "")} | {(metric == "p50" ? n.ToString(CultureInfo.InvariantCulture) : "")} | {metric} | ");
                md.Append(string.Join(" | ", stats.Select(s => s is null ? "–" : F(pick(s), 2))));
                var peer = stats[r.Targets.IndexOf(BenchRun.Peer)];
                md.AppendLine(CultureInfo.InvariantCulture, $" | {Ratio(stats[0] is null ? 0 : pick(stats[0]!), peer is null ? 0 : pick(peer))} |");
            }
            md.AppendLine(CultureInfo.InvariantCulture, $"| | | errors | {string.Join(" | ", stats.Select(s => s?.Errors.ToString(CultureInfo.InvariantCulture) ?? "–"))} | |");
        }
        md.AppendLine();
    }

    private static void Knee(StringBuilder md, Results r)
    {
        md.AppendLine(CultureInfo.InvariantCulture, $"## (b) Throughput by concurrency — the knee curve (search, {r.Options.Requests} requests per level, target and round)");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Each worker is a loop on its own kept-alive connection. Each level is warmed up, then run {r.Options.Rounds} times, the rounds visiting every target in turn; the table shows the median round, with the [lowest–highest] req/s of the rounds.");
        md.AppendLine();
        md.AppendLine("| workers | " + string.Join(" | ", r.Targets.Select(t => $"{t} req/s | p50 / p99 ms")) + " | sandbox ÷ stub (log) req/s |");
        md.AppendLine("|--:|" + string.Concat(r.Targets.Select(_ => "--:|--:|")) + "--:|");
        foreach (var w in r.Options.Workers)
        {
            var points = r.Targets.Select(t => r.Knee(w, t)).ToList();
            md.Append(CultureInfo.InvariantCulture, $"| {w} | ");
            md.Append(string.Join(" | ", r.Targets.Zip(points).Select(x => x.Second is not { } p ? "– | –"
                : $"{F(p.Rps, 0)} {Range(r.Rounds[(w, x.First)])} | {F(p.Latency.P50, 2)} / {F(p.Latency.P99, 2)}")));
            md.AppendLine(CultureInfo.InvariantCulture, $" | {Ratio(points[0]?.Rps ?? 0, points[r.Targets.IndexOf(BenchRun.Peer)]?.Rps ?? 0)} |");
        }
        md.AppendLine();
        md.AppendLine("Where the CPU went (server CPU time from `/proc/<pid>/stat`; shares are of the whole machine, 100 % = every core busy):");
        md.AppendLine();
        md.AppendLine("| workers | target | req/s | p95 ms | max ms | server CPU ms/request | server CPU share | client CPU share | errors |");
        md.AppendLine("|--:|---|--:|--:|--:|--:|--:|--:|--:|");
        foreach (var w in r.Options.Workers)
            foreach (var t in r.Targets)
                if (r.Knee(w, t) is { } p)
                    md.AppendLine(CultureInfo.InvariantCulture,
                        $"| {w} | {t} | {F(p.Rps, 0)} | {F(p.Latency.P95, 2)} | {F(p.Latency.Max, 1)} | {F(p.ServerCpuMsPerRequest, 3)} | {F(p.ServerCpuShare * 100, 0)} % | {F(p.ClientCpuShare * 100, 0)} % | {p.Latency.Errors} |");
        md.AppendLine();
    }

    private static void Lives(StringBuilder md, Results r)
    {
        md.AppendLine("## (c) Full lifecycles in manual mode, sandbox only (wall time, s)");
        md.AppendLine();
        md.AppendLine("Each in a fresh tenant: create it and take a token; register N particuliers one by one; `{\"duration\":\"P1D\"}` (they activate 5 min after inscription); submit N demandes in batches of 10; drive the clock until every demande is 70 (Payée); check it by searching all N (10 per search).");
        md.AppendLine();
        md.AppendLine("| N | clock driven by | tenant + token | N inscriptions | activation advance | submissions | clock drive (slowest advance) | transitions | verification | **total** | ms per demande | paid (searched) |");
        md.AppendLine("|--:|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
        foreach (var l in r.Lives)
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {l.N} | {l.DriveText} | {S(l.Setup)} | {S(l.Inscriptions)} | {S(l.Activation)} | {S(l.Submissions)} | {S(l.ClockDrive)} ({S(l.SlowestAdvance)}) | {l.Transitions} | {S(l.Verification)} | **{S(l.Total)}** | {F(l.Total.TotalMilliseconds / l.N, 1)} | {l.VerifiedPaid}/{l.N} |");
        if (r.Lives.Count > 0)
            md.AppendLine(CultureInfo.InvariantCulture, $"| | **all lifecycles** | | | | | | | | **{S(TimeSpan.FromTicks(r.Lives.Sum(l => l.Total.Ticks)))}** | | |");
        md.AppendLine();
    }

    private static void Memory(StringBuilder md, Results r)
    {
        md.AppendLine("## (d) Memory of the server processes (`/proc/<pid>/status`, MB)");
        md.AppendLine();
        md.AppendLine("| checkpoint | " + string.Join(" | ", r.Targets.Select(t => $"{t} VmRSS (peak VmHWM)")) + " |");
        md.AppendLine("|---|" + string.Concat(r.Targets.Select(_ => "--:|")));
        foreach (var when in r.Memory.Select(m => m.When).Distinct())
        {
            var row = r.Targets.Select(t => r.Memory.FirstOrDefault(m => m.When == when && m.Target == t) is { } m
                ? $"{Mb(m.Sample.VmRssKb)} ({Mb(m.Sample.VmHwmKb)})" : "–");
            md.AppendLine(CultureInfo.InvariantCulture, $"| {when} | {string.Join(" | ", row)} |");
        }
        md.AppendLine();
        md.AppendLine("Console output written by each server during the run (drained by the bench): " +
            string.Join("; ", r.ConsoleOutput.Select(c => $"{c.Key}: {Mb(c.Value.Bytes / 1024)} MB in {c.Value.Lines:N0} lines")) + ".");
        md.AppendLine();
    }

    private static void Journal(StringBuilder md, Results r)
    {
        md.AppendLine("## (d) Journal bound and database size (sandbox)");
        md.AppendLine();
        md.AppendLine("The journal keeps the latest `Sandbox:Journal:MaxEntriesPerTenant` (5 000) exchanges per tenant, trimming every 64 appends. The HTTP tenant (the one phases (a) and (b) hit) is read from the SQLite file:");
        md.AppendLine();
        md.AppendLine("| checkpoint | exchanges journaled in the HTTP tenant (last seq) | journal rows kept | db file MB | WAL MB |");
        md.AppendLine("|---|--:|--:|--:|--:|");
        foreach (var c in r.Db)
            md.AppendLine(CultureInfo.InvariantCulture, $"| {c.When} | {c.Journal.MaxSeq:N0} | {c.Journal.Rows:N0} | {Mb(c.Size.DbBytes / 1024)} | {Mb(c.Size.WalBytes / 1024)} |");
        if (r.FinalSize is { } size && r.FinalDb is { } db && r.FinalJournal is { } j)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| after the sandbox stopped | {j.MaxSeq:N0} | {j.Rows:N0} | {Mb(size.DbBytes / 1024)} | {Mb(size.WalBytes / 1024)} |");
            md.AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"Rows in the file at the end: {string.Join(", ", db.Tables.Select(t => $"{t.Table} {t.Rows:N0}"))}. Pages: {db.Pages:N0} × {db.PageSize} B, {db.FreePages:N0} free (space the trimmed journal gives back for reuse).");
        }
        md.AppendLine();
    }

    private static string Cpu()
    {
        try
        {
            return File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";
        }
        catch (IOException)
        {
            return "unknown CPU";
        }
    }

    private static string F(double value, int decimals) => value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static string S(TimeSpan t) => F(t.TotalSeconds, 2);

    private static string Mb(long kb) => F(kb / 1024.0, 1);

    private static string Range(List<KneePoint> rounds) =>
        rounds.Count < 2 ? "" : $"[{F(rounds.Min(p => p.Rps), 0)}–{F(rounds.Max(p => p.Rps), 0)}]";

    private static string Ratio(double sandbox, double stub) => stub <= 0 ? "–" : $"× {F(sandbox / stub, 1)}";
}
