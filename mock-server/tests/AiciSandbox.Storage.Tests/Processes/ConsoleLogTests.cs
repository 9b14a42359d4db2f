namespace AiciSandbox.Storage.Tests.Processes;

/// <summary>
/// What an operator reads on the server's console at the default level: one line per request (README « Logs »). The
/// in-process log capture of the server tests sees log entries, not the console formatter's lines: a formatter left
/// unnamed once dropped <c>SingleLine</c>, and each request took two console lines without any test noticing.
/// </summary>
public sealed class ConsoleLogTests
{
    [Fact]
    public async Task ARequest_IsOneConsoleLine_AtTheDefaultLevel()
    {
        var directory = Directory.CreateTempSubdirectory("aici-console-").FullName;
        try
        {
            // ServerProcess lowers the default level to Warning for its other uses; the later argument restores the shipped one.
            await using var server = await ServerProcess.StartAsync([$"--Sandbox:Storage:SqlitePath={Path.Combine(directory, "sandbox.db")}", "--Logging:LogLevel:Default=Information"]);
            using var http = server.NewClient();
            // /ready, not /health: the start-up's own /health check may still be on its way to the console.
            var logged = server.NextLineAsync(l => l.Contains("/ready", StringComparison.Ordinal));

            (await http.GetAsync("/ready?probe=1")).EnsureSuccessStatusCode();

            (await logged).Should().MatchRegex(@"^info: AiciSandbox\.Requests\[\d+\] GET /ready 200 \d+\.\d ms$",
                "the request's method, path without query, status and duration are on the category's own line");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
