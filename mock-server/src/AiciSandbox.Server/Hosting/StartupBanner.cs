using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace AiciSandbox.Server.Hosting;

/// <summary>
/// Once the server listens, prints where it is: the token endpoint, the URSSAF and control APIs, the docs, the console and
/// the particulier space, the default tenant's credentials and the storage.
/// </summary>
internal sealed class StartupBanner(IServer server, IHostApplicationLifetime lifetime, SandboxOptions options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(Print);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Print()
    {
        var url = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? SandboxServices.DefaultUrl;
        var tenant = options.DefaultTenant;
        var storage = options.Storage.Provider == Storage.StorageProvider.Sqlite
            ? $"SQLite {Path.GetFullPath(options.Storage.SqlitePath)}"
            : "PostgreSQL";
        Console.WriteLine($"""

            AiciSandbox — URSSAF API Tiers de Prestation sandbox
              URL            {url}
              Token          POST {url}/api/oauth/v1/token   (grant_type=client_credentials, scope=homeplus.tiersprestations)
              API            {url}{SandboxRoutes.UrssafBase}
              Control API    {url}{SandboxRoutes.ControlBase}
              Docs           {url}/docs
              Console        {url}/console   (sign in with a tenant's client_id and client_secret)
              Particulier    {url}/particulier   (the particulier's space, e-mail and provisional password from the Outbox)
              Default tenant client_id={tenant.ClientId}  client_secret={tenant.ClientSecret}
              Storage        {storage}

            """);
    }
}
