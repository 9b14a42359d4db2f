using System.Globalization;

namespace AiciSandbox.Bench;

/// <summary>What the server's JIT compiled over a stretch of time: how long it spent compiling, and how many methods.</summary>
internal sealed record JitWork(TimeSpan Compiling, long Methods)
{
    public static JitWork operator -(JitWork after, JitWork before) => new(after.Compiling - before.Compiling, after.Methods - before.Methods);
}

/// <summary>
/// The server's JIT as its runtime counts it (the <c>System.Runtime</c> meter's <c>dotnet.jit.compilation.time</c> and
/// <c>dotnet.jit.compiled_methods</c>, published every second over EventPipe, what <c>dotnet-counters</c> shows): the time
/// its compiler threads spent compiling — first compilations, and the optimised ones that replace them once a method runs
/// often — so that a report can say how much of a first big move was the code being compiled for the first time.
/// </summary>
internal sealed class ServerJit : IAsyncDisposable
{
    private const string Time = "dotnet.jit.compilation.time";
    private const string Methods = "dotnet.jit.compiled_methods";

    private readonly RuntimeMetrics metrics;
    private readonly Lock gate = new();
    private double seconds;
    private long methods;
    private int timePublished;
    private int methodsPublished;

    private ServerJit(int pid) =>
        metrics = new RuntimeMetrics(pid, $"System.Runtime\\{Time},System.Runtime\\{Methods}", e =>
        {
            // "value" is the counter's total since the process started (the rate is only the last interval's).
            if (e.EventName != "CounterRateValuePublished"
                || !double.TryParse(e.PayloadByName("value")?.ToString(), CultureInfo.InvariantCulture, out var total)) return;
            lock (gate)
            {
                switch ((string)e.PayloadByName("instrumentName"))
                {
                    case Time: (seconds, timePublished) = (total, timePublished + 1); break;
                    case Methods: (methods, methodsPublished) = ((long)total, methodsPublished + 1); break;
                }
            }
        });

    /// <summary>Starts listening to <paramref name="pid"/>'s JIT counters, once the first totals have arrived.</summary>
    public static async Task<ServerJit> StartAsync(int pid, CancellationToken ct)
    {
        var listening = new ServerJit(pid);
        await listening.NextAsync(ct);
        return listening;
    }

    /// <summary>
    /// The totals of the next publication (at most a second away): taken right after a stretch of work, they include it and
    /// whatever the JIT compiled in the second after it (methods the work made hot are compiled again in the background).
    /// </summary>
    public async Task<JitWork> NextAsync(CancellationToken ct)
    {
        int timeSeen, methodsSeen;
        lock (gate) (timeSeen, methodsSeen) = (timePublished, methodsPublished);
        while (true)
        {
            lock (gate)
                if (timePublished > timeSeen && methodsPublished > methodsSeen) return new JitWork(TimeSpan.FromSeconds(seconds), methods);
            if (metrics.Ended) throw new InvalidOperationException("The server's EventPipe session ended.");
            await Task.Delay(50, ct);
        }
    }

    public ValueTask DisposeAsync() => metrics.DisposeAsync();
}
