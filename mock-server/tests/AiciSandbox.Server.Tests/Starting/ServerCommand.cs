using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AiciSandbox.Server.Tests.Starting;

/// <summary>
/// <c>dotnet AiciSandbox.Server.dll</c> as a user starts it: an OS process of its own on its own SQLite file (deleted on
/// dispose), with its standard output and error kept, so a test reads what a user would see. Disposing kills it if it
/// still runs.
/// </summary>
internal sealed class ServerCommand : IAsyncDisposable
{
    private readonly Process process;
    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"aicisandbox-start-{Guid.NewGuid():N}.db");
    private readonly StringBuilder output = new();
    private readonly StringBuilder errors = new();
    private readonly TaskCompletionSource started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServerCommand(string[] arguments)
    {
        // The dotnet host that runs the tests (dotnet test sets DOTNET_HOST_PATH), else the one on the PATH.
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path ? path : "dotnet";
        var start = new ProcessStartInfo(host) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "AiciSandbox.Server.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.ArgumentList.Add($"--Sandbox:Storage:SqlitePath={databasePath}");
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment.Remove("ASPNETCORE_HTTP_PORTS");
        process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(errors, e.Data);
        process.Exited += (_, _) => started.TrySetException(new InvalidOperationException("the server exited before it started"));
    }

    public string Output { get { lock (output) return output.ToString(); } }

    public string Errors { get { lock (errors) return errors.ToString(); } }

    /// <summary>Starts <c>dotnet AiciSandbox.Server.dll</c> with these arguments.</summary>
    public static ServerCommand Start(params string[] arguments)
    {
        var command = new ServerCommand(arguments);
        command.process.Start();
        command.process.BeginOutputReadLine();
        command.process.BeginErrorReadLine();
        return command;
    }

    /// <summary>Waits for the host's « Application started » line (after Kestrel listens and the banner is printed).</summary>
    public async Task UntilStartedAsync()
    {
        try
        {
            await started.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            throw new InvalidOperationException($"{e.Message}:\n{Output}\n{Errors}", e);
        }
    }

    /// <summary>Waits for the process to end on its own; its exit code.</summary>
    public async Task<int> ExitCodeAsync()
    {
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        process.WaitForExit(); // drains the redirected output
        return process.ExitCode;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public ValueTask DisposeAsync()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.WaitForExit();
        process.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(databasePath + suffix);
        return ValueTask.CompletedTask;
    }

    private void Append(StringBuilder to, string? line)
    {
        if (line is null) return;
        lock (to) to.AppendLine(line);
        if (line.Contains("Application started", StringComparison.Ordinal)) started.TrySetResult();
    }
}
