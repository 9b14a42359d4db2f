using AiciSandbox.Server.Auth;
using AiciSandbox.Server.Docs;
using AiciSandbox.Server.Hosting;
using AiciSandbox.Server.Operations;
using AiciSandbox.Server.Simulation;
using AiciSandbox.Server.Storage;
using AiciSandbox.Server.Web;

namespace AiciSandbox.Server;

/// <summary>Everything the sandbox registers, in one place (STYLE rule 2).</summary>
internal static class SandboxServices
{
    /// <summary>The default address when none is configured (<c>--urls</c>, <c>ASPNETCORE_URLS</c>, <c>ASPNETCORE_HTTP_PORTS</c>).</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static WebApplicationBuilder AddSandbox(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
            builder.WebHost.UseUrls(DefaultUrl);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.ConfigureEndpointDefaults(listen => listen.UseProtocolErrorBodies());
        });

        var options = builder.Configuration.GetSection("Sandbox").Get<SandboxOptions>() ?? new SandboxOptions();
        builder.Services.AddSingleton(options);
        // The composition root is the one place that names the real clock (STYLE rule 7).
        builder.Services.AddSingleton(TimeProvider.System);
        var connections = SqlConnectionFactory.For(options.Storage);
        var directory = new TenantDirectory(connections);
        builder.Services.AddSingleton(connections);
        builder.Services.AddSingleton(directory);
        builder.Services.AddSingleton<ISandboxStore>(new SqlSandboxStore(connections, SqlScope.Database(connections), directory));
        builder.Services.AddSingleton<TenantSessions>();
        builder.Services.AddSingleton<TenantSimulation>();
        builder.Services.AddScoped<RequestTenant>();
        builder.Services.AddProblemDetails();
        builder.Services.AddSandboxPages();
        builder.Services.AddSandboxErrors();
        builder.Services.AddSingleton<RateLimits>();
        builder.KeepSecretsOutOfLogs();
        builder.Services.AddHostedService<StartupBanner>();
        builder.AddOperations(options);
        // Numbers are numbers (as in ApiJson): also what the generated control document says of query and body numbers.
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict);
        builder.Services.AddControlOpenApi();
        return builder;
    }
}
