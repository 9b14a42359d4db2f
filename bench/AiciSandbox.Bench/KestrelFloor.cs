using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AiciSandbox.Bench;

/// <summary>
/// The floor of the machine and the harness: a bare Kestrel minimal API answering the canned stubs' bytes, nothing matched,
/// logged or stored (<c>AiciSandbox.Bench kestrel --port N --stubs file.json</c>), run as its own process with server GC like
/// the sandbox. Any latency it shows at a rate belongs to the machine, the kernel's loopback and the load generator.
/// </summary>
internal static class KestrelFloor
{
    public const string Command = "kestrel";
    public const string Name = "bare Kestrel, fixed answer";

    public static async Task<int> RunAsync(string[] args)
    {
        var (port, stubs) = await PeerHost.PortAndStubsAsync(args);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        await using var app = builder.Build();
        app.MapGet(PeerHost.ReadyPath, () => Microsoft.AspNetCore.Http.Results.Text("{\"status\":\"ok\"}", "application/json"));
        foreach (var stub in stubs)
        {
            var body = Encoding.UTF8.GetBytes(stub.Body);
            app.MapMethods(stub.Path, [stub.Method], (HttpContext http) =>
            {
                http.Response.StatusCode = stub.Status;
                http.Response.ContentType = stub.ContentType;
                http.Response.ContentLength = body.Length;
                return http.Response.Body.WriteAsync(body).AsTask();
            });
        }
        await app.StartAsync();
        await Console.Out.WriteLineAsync($"kestrel: listening on {string.Join(", ", app.Urls)} with {stubs.Count} fixed answers");
        // As the peer: the bench keeps our stdin open; end of input (or SIGTERM) means stop.
        await Console.In.ReadToEndAsync();
        await app.StopAsync();
        return 0;
    }
}
