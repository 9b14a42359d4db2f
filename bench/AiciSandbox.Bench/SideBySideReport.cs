using System.Globalization;
using System.Text;

namespace AiciSandbox.Bench;

/// <summary>The report's (e) section: the issue's targets, side by side, with the ratios they are stated in; and cold starts.</summary>
internal static class SideBySideReport
{
    public static void Write(StringBuilder md, Results r)
    {
        if (r.Side.Count == 0) return;
        var targets = r.Side.Keys.Select(k => k.Target).Distinct().ToList();
        md.AppendLine(CultureInfo.InvariantCulture, $"## (e) Side by side at {r.Options.SideWorkers} workers on one tenant: search, token, submit (durable)");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"{r.Options.Requests} searches or tokens, {Math.Max(r.Options.SideWorkers, r.Options.Requests / 2)} submissions (one demande, a new invoice number each) per target and round, after {SideBySide.WarmUpCalls:N0} calls of warm-up per target and operation (the steady state of servers that have been up a while); {r.Options.Rounds} rounds visiting every target in turn, median round shown. A sandbox acknowledges a submission only after its commit (fsync); the peers keep nothing.");
        md.AppendLine();
        md.AppendLine("| operation | target | req/s | p50 / p99 ms | server CPU ms/request | errors |");
        md.AppendLine("|---|---|--:|--:|--:|--:|");
        foreach (var op in SideBySide.Operations)
            foreach (var t in targets)
                if (r.SideMedian(op, t) is { } p)
                    md.AppendLine(CultureInfo.InvariantCulture,
                        $"| {op} | {t} | {p.Rps:N0} | {p.Latency.P50:F2} / {p.Latency.P99:F2} | {p.ServerCpuMsPerRequest:F3} | {p.Latency.Errors} |");
        md.AppendLine();
        md.AppendLine("Ratios (req/s of the sandbox column ÷ req/s of the peer; the issue's targets in brackets):");
        md.AppendLine();
        var sandboxes = targets.Where(t => t.StartsWith("sandbox", StringComparison.Ordinal) || r.Options.Candidates.Any(c => c.Label == t)).ToList();
        md.AppendLine("| operation | sandbox | ÷ WireMock.Net stub, log 5 000 | ÷ Prism 5.16 |");
        md.AppendLine("|---|---|--:|--:|");
        foreach (var op in SideBySide.Operations)
            foreach (var s in sandboxes)
            {
                var mine = r.SideMedian(op, s)?.Rps ?? 0;
                var stub = r.SideMedian(op, BenchRun.Peer)?.Rps ?? 0;
                var prism = r.SideMedian(op, PrismHost.Name)?.Rps ?? 0;
                var wanted = op switch { "search" => "≥ 1.0", _ => "≥ 0.5" };
                md.AppendLine(CultureInfo.InvariantCulture,
                    $"| {op} | {s} | {Ratio(mine, stub)} [{wanted}] | {(op == "token" ? "–" : $"{Ratio(mine, prism)} [≥ 4]")} |");
            }
        md.AppendLine();
        if (r.ColdStart.Count > 0)
        {
            md.AppendLine("Cold start, process start to the first answer of its readiness path (ms): " +
                string.Join(", ", r.ColdStart.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} {c.Value.TotalMilliseconds:F0}"))) + " [sandbox < 1500].");
            md.AppendLine();
        }
    }

    private static string Ratio(double mine, double peer) => peer <= 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"× {mine / peer:F2}");
}
