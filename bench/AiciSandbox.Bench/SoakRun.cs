using System.Diagnostics;
using System.Globalization;

namespace AiciSandbox.Bench;

/// <summary>
/// <c>AiciSandbox.Bench soak</c>: a long mixed load on one sandbox at half its peak rate, with the stored data growing first and
/// bounded after, resident memory sampled every 10 s — to tell data from a leak (issue 12, item 8). See bench/README.md.
/// </summary>
internal static class SoakRun
{
    public const string Command = "soak";

    private sealed record Options(string Dll, string Out, string Date, string Commit, double Minutes, double GrowthShare, int CycleSize, double PeakSeconds, int Workers, double Rate);

    public static async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        // The last occurrence wins: soak.sh gives defaults first, then the caller's arguments.
        string Arg(string name, string fallback)
        {
            var at = Array.LastIndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
        }
        double Number(string name, double fallback) => double.Parse(Arg(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
        var o = new Options(Arg("--sandbox-dll", ""), Arg("--out", "bench/results"), Arg("--date", "soak"), Arg("--commit", "unknown"),
            Number("--minutes", 10), Number("--growth-share", 0.3), (int)Number("--cycle", 200), Number("--peak-seconds", 20), (int)Number("--workers", 8),
            Number("--rate", 0));
        if (!File.Exists(o.Dll))
        {
            await Console.Error.WriteLineAsync("usage: soak --sandbox-dll <AiciSandbox.Server.dll> [--minutes 10] [--growth-share 0.3] [--cycle 200] [--peak-seconds 20] [--workers 8] [--rate req/s, default half the peak] [--out dir] [--date name] [--commit id]");
            return 2;
        }

        var work = Directory.CreateTempSubdirectory("aici-soak-").FullName;
        await using var target = await BenchRun.StartSandboxAsync(BenchRun.Sandbox, o.Dll, Path.Combine(work, "soak.db"), [], ct);
        var (server, http) = (target.Server, target.Http);
        var admin = await SandboxSession.AdminTokenAsync(http, server.BaseUrl, ct);
        var baseTenant = await SandboxSession.CreateAsync(http, server.BaseUrl, admin, "soak-base", ct);
        var cycleTenant = await SandboxSession.CreateAsync(http, server.BaseUrl, admin, "soak-cycle", ct);
        var load = new SoakWorkload(baseTenant, cycleTenant, await SoakWorkload.PrepareAsync(baseTenant, ct), o.CycleSize);
        await load.StartAsync(ct);

        Log($"measuring the peak rate: {o.Workers} workers, {o.PeakSeconds} s, no pause");
        var peakCalls = load.Calls;
        var clock = Stopwatch.StartNew();
        await DriveAsync(load, o.Workers, double.PositiveInfinity, TimeSpan.FromSeconds(o.PeakSeconds), _ => { }, ct);
        var peak = (load.Calls - peakCalls) / clock.Elapsed.TotalSeconds;
        var rate = o.Rate > 0 ? o.Rate : peak / 2;
        Log($"peak {peak:F0} req/s: soaking at {rate:F1} req/s for {o.Minutes} min (growth {o.GrowthShare:P0}, then data bounded)");

        var samples = new List<SoakSample>();
        var total = TimeSpan.FromMinutes(o.Minutes);
        var start = Stopwatch.StartNew();
        var callsAtStart = load.Calls;
        using var sampler = new PeriodicTimer(TimeSpan.FromSeconds(10));
        void Sample()
        {
            var memory = server.Memory();
            lock (samples) samples.Add(new SoakSample(start.Elapsed, memory.VmRssKb, memory.RssAnonKb, load.StoredDemandes, load.Calls - callsAtStart, load.Growing));
        }
        Sample();
        var sampling = Task.Run(async () =>
        {
            while (await sampler.WaitForNextTickAsync(ct) && start.Elapsed < total) Sample();
        }, ct);
        await DriveAsync(load, o.Workers, rate, total, elapsed => load.Growing = elapsed < total * o.GrowthShare, ct);
        Sample();
        sampler.Dispose();
        await sampling.ContinueWith(_ => { }, CancellationToken.None);

        var report = SoakReport.Markdown(o.Date, o.Commit, peak, rate, o.Minutes, o.GrowthShare, o.CycleSize, samples, load);
        Directory.CreateDirectory(o.Out);
        var file = Path.Combine(o.Out, $"soak-{o.Date}.md");
        await File.WriteAllTextAsync(file, report, CancellationToken.None);
        Log($"results written to {Path.GetFullPath(file)}");
        await server.StopAsync();
        Directory.Delete(work, recursive: true);
        return load.Errors == 0 ? 0 : 1;
    }

    /// <summary>
    /// <paramref name="workers"/> loops, each on its own schedule so that together they send <paramref name="rate"/> calls per
    /// second (as fast as they can for an infinite rate), for <paramref name="duration"/>.
    /// </summary>
    private static async Task DriveAsync(SoakWorkload load, int workers, double rate, TimeSpan duration, Action<TimeSpan> onTick, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
        {
            var random = new Random(1000 + w);
            for (long k = 0; clock.Elapsed < duration && !ct.IsCancellationRequested; k++)
            {
                if (!double.IsInfinity(rate))
                {
                    var due = TimeSpan.FromSeconds((k * workers + w) / rate);
                    if (due > clock.Elapsed) await Task.Delay(due - clock.Elapsed, ct);
                }
                onTick(clock.Elapsed);
                await load.CallAsync(random.Next(100), ct);
            }
        }, ct)));
    }

    private static void Log(string message) => Console.Error.WriteLine($"[soak] {message}");
}

internal sealed record SoakSample(TimeSpan At, long RssKb, long AnonKb, int Demandes, long Calls, bool Growing);
