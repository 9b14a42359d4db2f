using System.Globalization;
using System.Text;

namespace AiciSandbox.Bench;

/// <summary>The soak's Markdown: what was run, memory per stored demande, the steady phase's drift, and every sample.</summary>
internal static class SoakReport
{
    public static string Markdown(string date, string commit, double peak, double rate, double minutes, double growthShare, int cycle,
        IReadOnlyList<SoakSample> samples, SoakWorkload load)
    {
        var growthEnd = samples.LastOrDefault(s => s.Growing) ?? samples[0];
        var first = samples[0];
        var perDemande = growthEnd.Demandes > first.Demandes ? (growthEnd.RssKb - first.RssKb) * 1024.0 / (growthEnd.Demandes - first.Demandes) : 0;
        // The steady phase, after one minute for the new allocation pattern to settle.
        var steady = samples.Where(s => !s.Growing && s.At >= growthEnd.At + TimeSpan.FromMinutes(1)).ToList();
        var slope = Slope(steady);
        var (startMb, endMb) = steady.Count < 6 ? (0.0, 0.0)
            : (steady.Take(steady.Count / 3).Average(s => s.RssKb) / 1024.0, steady.Skip(steady.Count * 2 / 3).Average(s => s.RssKb) / 1024.0);
        var steadyMinutes = steady.Count < 2 ? 0 : (steady[^1].At - steady[0].At).TotalMinutes;
        var flat = steady.Count >= 6 && Math.Abs(slope * steadyMinutes) <= Math.Max(20, 0.1 * startMb);

        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# Soak {date} (commit {commit})");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores, load average at the end {File.ReadAllText("/proc/loadavg").Split(' ')[0]} (shared with other work).");
        md.AppendLine(CultureInfo.InvariantCulture, $"Mix: 50 % searches, 25 % particulier status, 20 % one-demande submissions, 5 % token renewals, on two tenants of {SoakWorkload.Particuliers} particuliers.");
        md.AppendLine(CultureInfo.InvariantCulture, $"Peak (closed loop): **{peak:F0} req/s**. Soak: **{rate:F1} req/s** ({(Math.Abs(rate - peak / 2) < 0.01 ? "half the peak" : "given rate")}) for {minutes} min: growth for the first {growthShare:P0} (submissions stored in `soak-base`), then bounded data (submissions to `soak-cycle`, reset every {cycle} demandes; it was reset {load.Resets} times).");
        md.AppendLine(CultureInfo.InvariantCulture, $"Calls: {load.Calls:N0}, server errors or transport failures: {load.Errors}, 429: {load.Refused}.");
        md.AppendLine();
        md.AppendLine("| figure | value |");
        md.AppendLine("|---|--:|");
        md.AppendLine(CultureInfo.InvariantCulture, $"| RSS at start of soak | {first.RssKb / 1024.0:F1} MB |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| RSS at end of growth ({growthEnd.Demandes:N0} demandes stored) | {growthEnd.RssKb / 1024.0:F1} MB |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| memory per stored demande (ΔRSS ÷ Δdemandes over the growth, journal and tokens included) | {perDemande / 1024.0:F2} KB |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| steady phase: mean RSS, first third → last third | {startMb:F1} MB → {endMb:F1} MB |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| steady phase: RSS slope (least squares) | {slope:F2} MB/min over {steadyMinutes:F1} min |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| verdict (drift ≤ max(20 MB, 10 %)) | {(flat ? "**flat**" : "**not flat**")} |");
        md.AppendLine();
        md.AppendLine("| t (s) | phase | VmRSS MB | RssAnon MB | demandes stored | calls |");
        md.AppendLine("|--:|---|--:|--:|--:|--:|");
        foreach (var s in samples)
            md.AppendLine(CultureInfo.InvariantCulture, $"| {s.At.TotalSeconds:F0} | {(s.Growing ? "growth" : "steady")} | {s.RssKb / 1024.0:F1} | {s.AnonKb / 1024.0:F1} | {s.Demandes:N0} | {s.Calls:N0} |");
        return md.ToString();
    }

    /// <summary>Least-squares slope of RSS (MB) over time (minutes).</summary>
    private static double Slope(IReadOnlyList<SoakSample> samples)
    {
        if (samples.Count < 2) return 0;
        var xs = samples.Select(s => s.At.TotalMinutes).ToList();
        var ys = samples.Select(s => s.RssKb / 1024.0).ToList();
        var (mx, my) = (xs.Average(), ys.Average());
        var den = xs.Sum(x => (x - mx) * (x - mx));
        return den == 0 ? 0 : xs.Zip(ys).Sum(p => (p.First - mx) * (p.Second - my)) / den;
    }
}
