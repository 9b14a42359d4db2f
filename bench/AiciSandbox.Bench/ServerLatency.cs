using System.Globalization;

namespace AiciSandbox.Bench;

/// <summary>
/// The server's own view of its requests while a series runs: the p99 of ASP.NET Core's <c>http.server.request.duration</c>
/// for one route, second by second, read from the runtime's metrics over EventPipe (what <c>dotnet-counters</c> shows). That
/// duration spans the whole middleware pipeline (for the sandbox: the search, its answer, and its journal entry handed to the writer, which commits it behind the answer),
/// so the gap between it and the client's latency is time spent outside the request: bytes waiting in a socket, a request
/// waiting for a thread, the client's own scheduling — on this 2-core machine, mostly waiting for a core.
/// </summary>
internal sealed class ServerLatency : IAsyncDisposable
{
    private const string Instrument = "http.server.request.duration";

    private readonly RuntimeMetrics metrics;
    private readonly List<double> p99s = [];

    private ServerLatency(int pid, string route) =>
        metrics = new RuntimeMetrics(pid, $"Microsoft.AspNetCore.Hosting\\{Instrument}", e =>
        {
            if (e.EventName != "HistogramValuePublished" || (string)e.PayloadByName("instrumentName") != Instrument
                || !((string)e.PayloadByName("tags")).Contains($"http.route={route}", StringComparison.Ordinal)) return;
            if (P99((string)e.PayloadByName("quantiles")) is { } p99)
                lock (p99s) p99s.Add(p99 * 1000);
        });

    /// <summary>
    /// Starts listening to <paramref name="pid"/>'s request durations for <paramref name="route"/> (as ASP.NET Core names it),
    /// and gives the server a second to set its listener up, so that this does not fall inside the series measured.
    /// </summary>
    public static async Task<ServerLatency> StartAsync(int pid, string route, CancellationToken ct)
    {
        var listening = new ServerLatency(pid, route);
        await Task.Delay(TimeSpan.FromSeconds(1), ct);
        return listening;
    }

    /// <summary>Stops listening: the p99 of each second that had requests of the route, in ms.</summary>
    public async Task<IReadOnlyList<double>> StopAsync()
    {
        await metrics.StopAsync();
        lock (p99s) return [.. p99s];
    }

    public ValueTask DisposeAsync() => metrics.DisposeAsync();

    /// <summary>The 0.99 quantile of a <c>quantiles</c> payload (<c>0.5=…;0.95=…;0.99=…</c>, seconds), when the interval had one.</summary>
    private static double? P99(string quantiles)
    {
        foreach (var pair in quantiles.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=');
            if (parts is ["0.99", var value] && double.TryParse(value, CultureInfo.InvariantCulture, out var seconds)) return seconds;
        }
        return null;
    }
}
