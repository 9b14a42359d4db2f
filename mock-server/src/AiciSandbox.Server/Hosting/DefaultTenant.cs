using AiciSandbox.Domain.Clock;
using AiciSandbox.Domain.Tenants;
using AiciSandbox.Server.Control;
using AiciSandbox.Server.Storage;

namespace AiciSandbox.Server.Hosting;

/// <summary>Start-up: create the store's tables and make sure the default tenant exists with the configured credentials.</summary>
internal static class DefaultTenant
{
    public static async Task PrepareStoreAsync(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<ISandboxStore>();
        var options = app.Services.GetRequiredService<SandboxOptions>().DefaultTenant;
        var realNow = app.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        await WaitForStoreAsync(app, store);

        var existing = await store.FindTenantAsync(new TenantId(DefaultTenantOptions.Id), CancellationToken.None);
        if (existing is not null)
        {
            if (existing.ClientId != options.ClientId || !Credentials.Verify(options.ClientSecret, existing.SecretHash))
                await store.SaveTenantAsync(existing with { ClientId = options.ClientId, SecretHash = Credentials.Hash(options.ClientSecret) }, CancellationToken.None);
            return;
        }
        var mode = TenantFactory.ParseMode(options.ClockMode) ?? ClockMode.Accelerated;
        var clock = ClockState.Start(realNow, realNow).Switched(mode, options.ClockSpeed, realNow);
        await store.SaveTenantAsync(new Tenant(new TenantId(DefaultTenantOptions.Id), "default", options.ClientId,
            Credentials.Hash(options.ClientSecret), clock.Value ?? ClockState.Start(realNow, realNow), realNow), CancellationToken.None);
    }

    /// <summary>
    /// Creates or migrates the tables, retrying while the database does not answer yet (a PostgreSQL container still
    /// starting), up to <see cref="StorageOptions.StartupWaitSeconds"/>; then the last error stops the start.
    /// </summary>
    private static async Task WaitForStoreAsync(WebApplication app, ISandboxStore store)
    {
        var limit = TimeSpan.FromSeconds(app.Services.GetRequiredService<SandboxOptions>().Storage.StartupWaitSeconds);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await store.InitializeAsync(CancellationToken.None);
                return;
            }
            catch (Exception e) when (e is System.Data.Common.DbException or System.Net.Sockets.SocketException or TimeoutException && waited.Elapsed < limit)
            {
                app.Logger.LogWarning("Storage not reachable yet ({Error}); retrying for up to {Limit} s", e.Message, limit.TotalSeconds);
                await Task.Delay(TimeSpan.FromSeconds(2));
            }
        }
    }
}
