using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;

namespace AiciSandbox.Bench;

/// <summary>
/// A server's runtime metrics, as <c>dotnet-counters</c> reads them: an EventPipe session on the
/// <c>System.Diagnostics.Metrics</c> provider for the instruments named (<c>Meter\instrument</c>, comma-separated), each
/// value published every second handed to <c>published</c> (this session's only). The events are read on a thread of
/// their own: reading blocks until the session ends, and a blocked pool thread starved the load generator's.
/// </summary>
internal sealed class RuntimeMetrics : IAsyncDisposable
{
    private const string Provider = "System.Diagnostics.Metrics";

    /// <summary>The provider's TimeSeriesValues keyword (the values published each interval) and Messages (its errors).</summary>
    private const long Keywords = 0x3;

    private readonly EventPipeSession session;
    private readonly Task reading;
    private bool stopped;

    public RuntimeMetrics(int pid, string metrics, Action<TraceEvent> published)
    {
        var sessionId = Guid.NewGuid().ToString("N");
        var provider = new EventPipeProvider(Provider, EventLevel.Informational, Keywords, new Dictionary<string, string>
        {
            ["SessionId"] = sessionId,
            ["Metrics"] = metrics,
            ["RefreshInterval"] = "1",
            ["MaxTimeSeries"] = "1000",
            ["MaxHistograms"] = "100",
        });
        session = new DiagnosticsClient(pid).StartEventPipeSession([provider], requestRundown: false);
        reading = Task.Factory.StartNew(() =>
        {
            using var source = new EventPipeEventSource(session.EventStream);
            source.Dynamic.All += e =>
            {
                if (e.ProviderName == Provider && e.PayloadNames.Contains("sessionId") && (string)e.PayloadByName("sessionId") == sessionId) published(e);
            };
            source.Process();
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>True once the session has ended (the server stopped or is gone).</summary>
    public bool Ended => reading.IsCompleted;

    /// <summary>Ends the session; every value published before is handed over by then.</summary>
    public async Task StopAsync()
    {
        stopped = true;
        await session.StopAsync(CancellationToken.None);
        await reading;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!stopped) await StopAsync();
        }
        catch (Exception e) when (e is ServerNotAvailableException or IOException)
        {
            // the server is gone
        }
        session.Dispose();
    }
}
