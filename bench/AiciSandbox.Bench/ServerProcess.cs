using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace AiciSandbox.Bench;

/// <summary>Resident memory of a process, from <c>/proc/&lt;pid&gt;/status</c> (kB).</summary>
internal sealed record MemorySample(long VmRssKb, long VmHwmKb, long RssAnonKb)
{
    public static MemorySample Read(int pid)
    {
        long rss = 0, hwm = 0, anon = 0;
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) rss = Kb(line);
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal)) hwm = Kb(line);
            else if (line.StartsWith("RssAnon:", StringComparison.Ordinal)) anon = Kb(line);
        }
        return new MemorySample(rss, hwm, anon);
    }

    private static long Kb(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}

/// <summary>
/// A server the bench starts as a child process on 127.0.0.1: its console is drained (and counted) so that it never blocks
/// on a full pipe, and it is stopped — SIGTERM, then SIGKILL after 10 s — whatever happens to the run.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly Queue<string> tail = new();
    private long outputBytes;
    private long outputLines;
    private bool stopped;

    private ServerProcess(string name, Process process, Uri baseUrl)
    {
        Name = name;
        this.process = process;
        BaseUrl = baseUrl;
    }

    public string Name { get; }

    public Uri BaseUrl { get; }

    public int Pid => process.Id;

    /// <summary>Bytes and lines the server wrote to stdout and stderr so far (its console logging).</summary>
    public (long Bytes, long Lines) Output => (Interlocked.Read(ref outputBytes), Interlocked.Read(ref outputLines));

    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public static ServerProcess Start(string name, string fileName, IEnumerable<string> arguments, int port,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) info.Environment[key] = value;
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var server = new ServerProcess(name, process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => server.Collect(e.Data);
        process.ErrorDataReceived += (_, e) => server.Collect(e.Data);
        process.Start();
        // For bench/run.sh, which outlives a harness that dies without its exit hooks (the runtime's own failures).
        if (Environment.GetEnvironmentVariable(PidFileVariable) is { Length: > 0 } pids)
            File.AppendAllText(pids, process.Id.ToString(CultureInfo.InvariantCulture) + Environment.NewLine);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Live.Add(server);
        return server;
    }

    /// <summary>The file, named by bench/run.sh, where each server's process id is written when it starts.</summary>
    public const string PidFileVariable = "AICI_BENCH_PIDS";

    /// <summary>Every server still running, killed on the way out if the run dies without its finally blocks.</summary>
    public static readonly List<ServerProcess> Live = [];

    /// <summary>Waits until <paramref name="path"/> answers 2xx; returns how long that took (the cold start, ±20 ms).</summary>
    public async Task<TimeSpan> WaitReadyAsync(HttpClient http, string path, CancellationToken ct, bool anyAnswer = false)
    {
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited) throw new InvalidOperationException($"{Name} exited with {process.ExitCode}:\n{Tail()}");
            try
            {
                using var answer = await http.GetAsync(new Uri(BaseUrl, path), ct);
                if (answer.IsSuccessStatusCode || anyAnswer) return Stopwatch.GetElapsedTime(started);
            }
            catch (Exception e) when (e is HttpRequestException or System.Net.Sockets.SocketException)
            {
                // not listening yet (a connection made while the listener starts can also fail as "not connected", ENOTCONN)
            }
            await Task.Delay(20, ct);
        }
        throw new TimeoutException($"{Name} not ready on {BaseUrl} after 60 s:\n{Tail()}");
    }

    public MemorySample Memory() => MemorySample.Read(process.Id);

    /// <summary>True once the process has ended (a peer overwhelmed by an open loop can die of it).</summary>
    public bool HasExited => process.HasExited;

    public TimeSpan CpuTime()
    {
        process.Refresh();
        return process.TotalProcessorTime;
    }

    /// <summary>
    /// The page faults the process has taken that needed no disk (<c>minflt</c>, the 10th field of <c>/proc/&lt;pid&gt;/stat</c>):
    /// mostly memory touched for the first time, which the kernel hands out zeroed page by page.
    /// </summary>
    public long MinorFaults()
    {
        var stat = File.ReadAllText($"/proc/{process.Id}/stat");
        // The command name (2nd field) is in parentheses and may hold spaces: the fields after it start at the state (3rd).
        return long.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[10 - 3], System.Globalization.CultureInfo.InvariantCulture);
    }

    public string Tail()
    {
        lock (tail) return string.Join('\n', tail);
    }

    public async Task StopAsync()
    {
        if (stopped) return;
        stopped = true;
        try
        {
            if (!process.HasExited)
            {
                process.StandardInput.Close(); // the peer exits on end of input
                using (var term = Process.Start(new ProcessStartInfo("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false }))
                    if (term is not null) await term.WaitForExitAsync();
                using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                try
                {
                    await process.WaitForExitAsync(grace.Token);
                }
                catch (OperationCanceledException)
                {
                    process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync();
                }
            }
        }
        catch (InvalidOperationException)
        {
            // never started or already gone
        }
        finally
        {
            Live.Remove(this);
        }
    }

    /// <summary>Last resort, from a process-exit handler: no waiting.</summary>
    public void KillNow()
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // already gone
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        process.Dispose();
    }

    private void Collect(string? line)
    {
        if (line is null) return;
        Interlocked.Add(ref outputBytes, line.Length + 1);
        Interlocked.Increment(ref outputLines);
        lock (tail)
        {
            tail.Enqueue(line);
            while (tail.Count > 40) tail.Dequeue();
        }
    }
}
