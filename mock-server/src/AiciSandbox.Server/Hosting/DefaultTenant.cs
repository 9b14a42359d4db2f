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
        await store.InitializeAsync(CancellationToken.None);

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
}
