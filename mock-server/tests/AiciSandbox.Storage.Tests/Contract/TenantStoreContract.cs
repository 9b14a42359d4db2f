using AiciSandbox.Domain.Clock;
using AiciSandbox.Domain.Tenants;
using AiciSandbox.Storage.Tests.Support;

namespace AiciSandbox.Storage.Tests.Contract;

/// <summary>Tenants: saved, found by id and by OAuth client id, updated in place.</summary>
public abstract class TenantStoreContract(IStoreDatabase database) : StoreContract(database)
{
    [StorageFact]
    public async Task SavedTenant_IsFoundById_WithEveryField()
    {
        var tenant = Data.Tenant();

        await Store.SaveTenantAsync(tenant, Ct);

        var found = await Store.FindTenantAsync(tenant.Id, Ct);
        found.Should().Be(tenant);
        found!.Clock.SimulatedAnchor.Offset.Should().Be(TimeSpan.FromHours(1));
    }

    [StorageFact]
    public async Task SavedTenant_IsFoundByClientId()
    {
        var tenant = Data.Tenant();
        await Store.SaveTenantAsync(tenant, Ct);

        var found = await Store.FindTenantByClientIdAsync(tenant.ClientId, Ct);

        found.Should().Be(tenant);
    }

    [StorageFact]
    public async Task SavingATenantAgain_ReplacesItsClockAndCredentials()
    {
        var tenant = Data.Tenant();
        await Store.SaveTenantAsync(tenant, Ct);
        var moved = tenant.Clock.AdvancedBy(TimeSpan.FromHours(48), DomainData.Now).Value!.Switched(ClockMode.Manual, 1, DomainData.Now).Value!;
        var updated = tenant with { ClientId = Credentials.NewClientId(), SecretHash = Credentials.Hash("nouveau-secret"), Clock = moved };

        await Store.SaveTenantAsync(updated, Ct);

        (await Store.FindTenantAsync(tenant.Id, Ct)).Should().Be(updated);
        (await Store.FindTenantByClientIdAsync(updated.ClientId, Ct)).Should().Be(updated);
        (await Store.FindTenantByClientIdAsync(tenant.ClientId, Ct)).Should().BeNull();
    }

    [StorageFact]
    public async Task UnknownTenant_IsNotFound()
    {
        (await Store.FindTenantAsync(TenantId.New(), Ct)).Should().BeNull();
        (await Store.FindTenantByClientIdAsync(Credentials.NewClientId(), Ct)).Should().BeNull();
    }
}
