using AiciSandbox.Server.Hosting;

namespace AiciSandbox.Server;

/// <summary>
/// The sandbox as a ready-to-run web application, for <c>Program</c> and for tools that host it in-process (the
/// conformance kit's command line starts one when no sandbox URL is given).
/// </summary>
public static class SandboxApp
{
    /// <summary>Builds the sandbox from command-line style arguments (<c>--urls</c>, <c>--Sandbox:Storage:SqlitePath=…</c>) and prepares its store.</summary>
    public static async Task<WebApplication> CreateAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddSandbox();
        var app = builder.Build();
        await app.PrepareStoreAsync();
        app.MapSandbox();
        return app;
    }
}
