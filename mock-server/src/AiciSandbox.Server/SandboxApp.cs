using AiciSandbox.Server.Hosting;

namespace AiciSandbox.Server;

/// <summary>
/// The sandbox as a ready-to-run web application, for <c>Program</c> and for tools that host it in-process (the
/// conformance kit's command line starts one when no sandbox URL is given).
/// </summary>
public static class SandboxApp
{
    /// <summary>
    /// Configuration is read once, at start (the options are bound once anyway). Reloading on change watches the content root
    /// and everything under it, so with the default <c>data/aicisandbox.db</c> every SQLite write woke the file watcher: 15 %
    /// of a search's CPU (docs/decisions.md). A later <c>--hostBuilder:reloadConfigOnChange=true</c> turns it back on.
    /// </summary>
    private const string NoConfigReload = "--hostBuilder:reloadConfigOnChange=false";

    /// <summary>Builds the sandbox from command-line style arguments (<c>--urls</c>, <c>--Sandbox:Storage:SqlitePath=…</c>) and prepares its store.</summary>
    public static async Task<WebApplication> CreateAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder([NoConfigReload, .. args]);
        builder.AddSandbox();
        var app = builder.Build();
        app.KeepWritesBehind();
        await app.PrepareStoreAsync();
        app.MapSandbox();
        return app;
    }
}
