using Microsoft.Extensions.Configuration.Memory;
using AiciSandbox.Server.Storage;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace AiciSandbox.Server.Operations;

/// <summary>
/// What an operator needs around the sandbox: quiet defaults for logs (one line per request), graceful shutdown, the
/// <c>/health</c> and <c>/ready</c> probes, and OpenTelemetry metrics at <c>/metrics</c> when enabled.
/// </summary>
internal static class OperationsSetup
{
    /// <summary>Defaults that configuration (appsettings, <c>Logging__LogLevel__…</c>, command line) still overrides.</summary>
    private static readonly Dictionary<string, string?> Defaults = new()
    {
        ["Logging:LogLevel:Default"] = "Information",
        // ASP.NET Core writes four to six lines per request at Information; RequestLog writes one.
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
        // The formatter must be named: without a name the console logger builds its options from the legacy settings
        // and drops SingleLine (each request then took two lines).
        ["Logging:Console:FormatterName"] = "simple",
        ["Logging:Console:FormatterOptions:SingleLine"] = "true",
    };

    /// <summary>The meter in which the .NET runtime publishes its own metrics.</summary>
    private const string RuntimeMeter = "System.Runtime";

    public static WebApplicationBuilder AddOperations(this WebApplicationBuilder builder, SandboxOptions options)
    {
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = Defaults });
        // On SIGTERM (docker stop) Kestrel stops accepting connections and lets requests in flight finish, up to this long.
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(options.ShutdownTimeoutSeconds));
        builder.Services.AddSingleton<StoreReadiness>();
        builder.Services.AddSingleton<DemandeCounts>();
        builder.Services.AddSingleton<SandboxMetrics>();
        if (options.Metrics.Enabled)
            builder.Services.AddOpenTelemetry()
                .ConfigureResource(resource => resource.AddService("aicisandbox"))
                .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddMeter(SandboxMetrics.MeterName)
                // The runtime's own meter (.NET 9+): GC collections, pause time and allocations, JIT, thread pool, CPU time.
                .AddMeter(RuntimeMeter)
                .AddPrometheusExporter());
        return builder;
    }

    /// <summary>The request log first, so that its one line covers whatever answers the request.</summary>
    public static WebApplication UseRequestLog(this WebApplication app)
    {
        app.UseMiddleware<RequestLog>();
        return app;
    }

    public static WebApplication MapOperations(this WebApplication app)
    {
        app.MapHealthApi();
        if (app.Services.GetRequiredService<SandboxOptions>().Metrics.Enabled)
            app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }
}
