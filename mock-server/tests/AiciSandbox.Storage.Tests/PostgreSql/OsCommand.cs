using System.Diagnostics;

namespace AiciSandbox.Storage.Tests.PostgreSql;

/// <summary>Runs a program to completion and fails with its output when it exits non-zero.</summary>
internal static class OsCommand
{
    public static async Task<string> RunAsync(string program, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Describe(start)} did not finish within {timeout.TotalSeconds:0} s.");
        }
        var output = await stdout + await stderr;
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Describe(start)} exited with {process.ExitCode}:\n{output}");
        return output;
    }

    private static string Describe(ProcessStartInfo start) => $"`{start.FileName} {string.Join(' ', start.ArgumentList)}`";
}
