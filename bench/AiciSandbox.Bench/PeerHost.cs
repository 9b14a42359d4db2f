using System.Globalization;
using System.Text.Json;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace AiciSandbox.Bench;

/// <summary>One canned answer: what a static stub of the URSSAF API returns for a method and path, whatever the body.</summary>
internal sealed record Stub(string Method, string Path, int Status, string ContentType, string Body);

/// <summary>
/// The peer: a WireMock.Net server with static stubs for the same paths, run by the bench as its own child process
/// (<c>AiciSandbox.Bench peer --port N --stubs file.json</c>) so that it is measured like the sandbox — its own process,
/// its own memory, server GC (<c>DOTNET_gcServer=1</c>, as ASP.NET Core apps have by default).
/// </summary>
internal static class PeerHost
{
    public const string Command = "peer";
    public const string ReadyPath = "/bench/ready";

    /// <summary>The request log bound that matches the sandbox's journal (5 000 entries per tenant).</summary>
    public const int JournalLikeLog = 5000;

    /// <summary>What every server the bench starts from this program is given: <c>--port N --stubs file.json</c>.</summary>
    public static async Task<(int Port, List<Stub> Stubs)> PortAndStubsAsync(string[] args) =>
        (int.Parse(args[Array.IndexOf(args, "--port") + 1], CultureInfo.InvariantCulture),
         JsonSerializer.Deserialize<List<Stub>>(await File.ReadAllTextAsync(args[Array.IndexOf(args, "--stubs") + 1]), Json.Options)!);

    public static async Task<int> RunAsync(string[] args)
    {
        var (port, stubs) = await PortAndStubsAsync(args);
        // --log N: WireMock keeps the last N requests (its request log, like the sandbox's journal); 0 turns the log off.
        var log = int.Parse(args[Array.IndexOf(args, "--log") + 1], CultureInfo.InvariantCulture);

        using var server = WireMockServer.Start(new WireMockServerSettings
        {
            Urls = [$"http://127.0.0.1:{port}"],
            StartAdminInterface = false,
            Logger = new WireMockNullLogger(),
            MaxRequestLogCount = log,
        });
        server.Given(Request.Create().WithPath(ReadyPath).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("{\"status\":\"ok\"}"));
        foreach (var stub in stubs)
        {
            server.Given(Request.Create().WithPath(stub.Path).UsingMethod(stub.Method))
                .RespondWith(Response.Create().WithStatusCode(stub.Status).WithHeader("Content-Type", stub.ContentType).WithBody(stub.Body));
        }
        await Console.Out.WriteLineAsync($"peer: WireMock.Net listening on {string.Join(", ", server.Urls)} with {stubs.Count} stubs, request log {log}");

        // The bench keeps our stdin open; end of input (or SIGTERM, handled by the host) means stop.
        await Console.In.ReadToEndAsync();
        server.Stop();
        return 0;
    }
}
