using System.Diagnostics;
using System.Net;

namespace AiciSandbox.Bench;

/// <summary>One request the bench repeats: how to build the i-th one, and whether its answer is the expected one.</summary>
internal sealed record Operation(string Name, Func<int, HttpRequestMessage> Build, Func<HttpStatusCode, byte[], bool> IsExpected);

internal sealed record LatencyStats(int Count, double Mean, double P50, double P95, double P99, double Max, int Errors)
{
    public static LatencyStats Of(double[] millis, int errors)
    {
        var sorted = millis.ToArray();
        Array.Sort(sorted);
        return new LatencyStats(sorted.Length, sorted.Length == 0 ? 0 : sorted.Average(),
            Rank(sorted, 0.50), Rank(sorted, 0.95), Rank(sorted, 0.99), sorted.Length == 0 ? 0 : sorted[^1], errors);
    }

    /// <summary>Nearest-rank percentile.</summary>
    private static double Rank(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}

/// <summary>A point of the knee curve: fixed number of requests spread over <see cref="Workers"/> concurrent keep-alive workers.</summary>
internal sealed record KneePoint(int Workers, int Requests, double Seconds, LatencyStats Latency, double ServerCpuSeconds, double ClientCpuSeconds)
{
    public double Rps => Requests / Seconds;

    public double ServerCpuMsPerRequest => ServerCpuSeconds * 1000 / Requests;

    /// <summary>Server CPU over the wall time, as a share of the whole machine.</summary>
    public double ServerCpuShare => ServerCpuSeconds / (Seconds * Environment.ProcessorCount);

    public double ClientCpuShare => ClientCpuSeconds / (Seconds * Environment.ProcessorCount);
}

/// <summary>Drives the requests: keep-alive <see cref="HttpClient"/> on loopback, whole answer read, each call timed.</summary>
internal static class Load
{
    public static HttpClient KeepAliveClient() => new(new SocketsHttpHandler
    {
        UseProxy = false,
        UseCookies = false,
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.None,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10),
        MaxConnectionsPerServer = int.MaxValue,
    })
    { Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>Sends request <paramref name="i"/>; returns its time in ms and whether the answer was the expected one.</summary>
    public static async Task<(double Millis, bool Ok)> TimeOneAsync(HttpClient http, Operation op, int i, CancellationToken ct)
    {
        using var request = op.Build(i);
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var answer = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
            var body = await answer.Content.ReadAsByteArrayAsync(ct);
            var millis = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            return (millis, op.IsExpected(answer.StatusCode, body));
        }
        catch (HttpRequestException)
        {
            return (Stopwatch.GetElapsedTime(started).TotalMilliseconds, false);
        }
    }

    /// <summary>Calls one after the other on one kept-alive connection.</summary>
    public static async Task<LatencyStats> SequentialAsync(HttpClient http, Operation op, int first, int count, CancellationToken ct)
    {
        var millis = new double[count];
        var errors = 0;
        for (var i = 0; i < count; i++)
        {
            var (ms, ok) = await TimeOneAsync(http, op, first + i, ct);
            millis[i] = ms;
            if (!ok) errors++;
        }
        return LatencyStats.Of(millis, errors);
    }

    /// <summary><paramref name="count"/> requests pulled by <paramref name="workers"/> concurrent loops (one connection each).</summary>
    public static async Task<KneePoint> ConcurrentAsync(
        HttpClient http, Operation op, int first, int count, int workers, Func<TimeSpan> serverCpu, CancellationToken ct)
    {
        var millis = new double[count];
        var errors = 0;
        var next = -1;
        async Task Worker()
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                var (ms, ok) = await TimeOneAsync(http, op, first + i, ct);
                millis[i] = ms;
                if (!ok) Interlocked.Increment(ref errors);
            }
        }

        var cpuBefore = serverCpu();
        var clientBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(Worker, ct)));
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var server = (serverCpu() - cpuBefore).TotalSeconds;
        var client = (Process.GetCurrentProcess().TotalProcessorTime - clientBefore).TotalSeconds;
        return new KneePoint(workers, count, seconds, LatencyStats.Of(millis, errors), server, client);
    }
}
