using AiciSandbox.Conformance.Kit.Sandbox;
using AiciSandbox.Conformance.Kit.Wire;
using AiciSandbox.Conformance.Runner.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace AiciSandbox.Conformance.Kit.Hosting;

/// <summary>
/// The kit's preparation when SpecFlow hosts its steps (<c>dotnet test</c>), from settings instead of command-line
/// options — environment <c>AICI_CONFORMANCE_&lt;NAME&gt;</c> or the <c>"aiciConformance"</c> section of specflow.json:
/// <list type="bullet">
/// <item><c>sandbox</c>: a running sandbox's address; none: the kit hosts one in-process.</item>
/// <item><c>driver</c>: the integrator's driver; none: the kit hosts its reference integrator.</item>
/// <item><c>defects</c>: with no driver, defects given to the reference integrator (comma-separated names).</item>
/// <item><c>sandboxClientId</c>, <c>sandboxClientSecret</c>: the tenant on whose authority scenario tenants are created.</item>
/// <item><c>wire</c>: the folder of the HAR transcripts (default <c>conformance-report/wire</c>).</item>
/// </list>
/// </summary>
public sealed class KitRunSetup : IRunSetup
{
    public async Task<IAsyncDisposable?> SetUpAsync(IServiceCollection services, Func<string, string?> settings, CancellationToken cancellation)
    {
        var driver = Url(settings("driver"), "driver");
        var defects = settings("defects");
        if (driver is not null && defects is not null) throw new KitException("Le réglage « defects » ne vaut que sans « driver » (intégrateur de référence).");
        var environment = await KitEnvironment.StartAsync(
            Url(settings("sandbox"), "sandbox"),
            driver,
            driver is null ? ReferenceIntegrator.Defects.Parse([defects ?? ""]) : null,
            new SandboxCredentials(settings("sandboxClientId") ?? SandboxCredentials.Default.ClientId,
                settings("sandboxClientSecret") ?? Environment.GetEnvironmentVariable("AICI_SANDBOX_CLIENT_SECRET") ?? SandboxCredentials.Default.ClientSecret),
            TimeSpan.FromSeconds(60),
            cancellation);
        services.AddSingleton(environment.Connections);
        services.AddSingleton(new WireArchive(Path.GetFullPath(settings("wire") ?? Path.Combine("conformance-report", "wire"))));
        return environment;
    }

    private static Uri? Url(string? text, string name) =>
        text is null ? null
        : Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? url
        : throw new KitException($"Réglage « {name} » : « {text} » n'est pas une adresse http(s).");
}
