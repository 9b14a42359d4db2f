using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace AiciSandbox.Conformance.Kit.Hosting;

/// <summary>A web application the kit hosts in-process on 127.0.0.1 (a free port), stopped when disposed.</summary>
public sealed class LoopbackApp : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Action? _cleanup;

    private LoopbackApp(WebApplication app, Uri url, Action? cleanup)
    {
        _app = app;
        Url = url;
        _cleanup = cleanup;
    }

    public Uri Url { get; }

    /// <summary>The sandbox, with its own SQLite file in a temporary directory deleted at the end.</summary>
    public static async Task<LoopbackApp> StartSandboxAsync()
    {
        var directory = Directory.CreateTempSubdirectory("aici-conformance-");
        var app = await Server.SandboxApp.CreateAsync([
            "--urls", "http://127.0.0.1:0",
            $"--Sandbox:Storage:SqlitePath={Path.Combine(directory.FullName, "sandbox.db")}",
            "--Logging:LogLevel:Default=Warning",
        ]);
        return await StartAsync(app, () => directory.Delete(recursive: true));
    }

    /// <summary>The reference integrator, carrying the given defects (none: the reference itself).</summary>
    public static Task<LoopbackApp> StartReferenceIntegratorAsync(IReadOnlySet<ReferenceIntegrator.Defect> defects) =>
        StartAsync(ReferenceIntegrator.IntegratorApp.Build(["--urls", "http://127.0.0.1:0"], defects), null);

    private static async Task<LoopbackApp> StartAsync(WebApplication app, Action? cleanup)
    {
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LoopbackApp(app, new Uri(address), cleanup);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        try
        {
            _cleanup?.Invoke();
        }
        catch (IOException)
        {
            // A file still held by a pooled SQLite connection: the temporary directory is left to the system.
        }
    }
}
