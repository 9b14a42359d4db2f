using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AiciSandbox.Storage.Tests.Processes;

/// <summary>
/// The sandbox server as an OS process of its own (the build this project references, started with <c>dotnet</c>), on
/// 127.0.0.1 and a free port, so that a test can kill it with SIGKILL as a crash would. Disposing stops it if still running.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly TaskCompletionSource started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<(Func<string, bool> Match, TaskCompletionSource<string> Seen)> awaited = [];

    private ServerProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>What the process wrote, for the message of a failing assertion.</summary>
    public string Output
    {
        get { lock (output) return output.ToString(); }
    }

    /// <summary>Starts a server with the given configuration (<c>--Key=value</c> arguments) and waits until it has started and answers.</summary>
    public static async Task<ServerProcess> StartAsync(IEnumerable<string> settings)
    {
        var port = FreePort();
        // The dotnet host that runs the tests (dotnet test sets DOTNET_HOST_PATH), else the one on the PATH.
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path ? path : "dotnet";
        var start = new ProcessStartInfo(host) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "AiciSandbox.Server.dll"));
        start.ArgumentList.Add($"--urls=http://127.0.0.1:{port}");
        start.ArgumentList.Add("--Logging:LogLevel:Default=Warning");
        foreach (var setting in settings) start.ArgumentList.Add(setting);
        var server = new ServerProcess(new Process { StartInfo = start, EnableRaisingEvents = true }, new Uri($"http://127.0.0.1:{port}"));
        server.process.Exited += (_, _) => server.started.TrySetException(new InvalidOperationException("The server exited before it started."));
        server.process.OutputDataReceived += (_, e) => server.Append(e.Data);
        server.process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        server.process.Start();
        server.process.BeginOutputReadLine();
        server.process.BeginErrorReadLine();
        await server.WaitUntilHealthyAsync();
        return server;
    }

    public HttpClient NewClient() => new() { BaseAddress = Address };

    /// <summary>The first line the process writes from now on (standard output or error) that <paramref name="match"/> accepts; fails after 30 s.</summary>
    public Task<string> NextLineAsync(Func<string, bool> match)
    {
        var seen = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (output) awaited.Add((match, seen));
        return seen.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>SIGKILL: the process ends at once, with no chance to flush or close anything.</summary>
    public void Kill()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        process.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Waits for the host's "Application started" line (Microsoft.Hosting.Lifetime logs at Information by default, after
    /// Kestrel listens and the store is migrated), then checks once that <c>/health</c> answers.
    /// </summary>
    private async Task WaitUntilHealthyAsync()
    {
        try
        {
            await started.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            if (process.HasExited) process.WaitForExit(); // drains what it wrote
            throw new InvalidOperationException($"{e.Message} ({(process.HasExited ? $"exit code {process.ExitCode}" : "still running")}):\n{Output}", e);
        }
        using var http = NewClient();
        var health = await http.GetAsync("/health");
        health.StatusCode.Should().Be(HttpStatusCode.OK, Output);
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (output)
        {
            output.AppendLine(line);
            foreach (var waiter in awaited.Where(w => w.Match(line)).ToList())
            {
                awaited.Remove(waiter);
                waiter.Seen.TrySetResult(line);
            }
        }
        if (line.Contains("Application started", StringComparison.Ordinal)) started.TrySetResult();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
