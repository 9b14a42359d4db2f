using AiciSandbox.Domain.PaymentRequests;
using AiciSandbox.Domain.Tenants;
using AiciSandbox.Storage.Tests.Support;

namespace AiciSandbox.Storage.Tests.Contract;

/// <summary>What a store committed is there for the next process: a new store on the same database, after a restart.</summary>
public abstract class RestartContract(IStoreDatabase database) : StoreContract(database)
{
    [StorageFact]
    public async Task CommittedData_IsSeenByANewStoreAfterARestart()
    {
        var tenant = Data.Tenant();
        var token = Data.Token(tenant.Id, DomainData.Now + AccessToken.Lifetime);
        var particulier = Data.Particulier();
        var demandes = new[] { Data.Demande(particulier.Id), Data.Demande(particulier.Id) };
        await Store.SaveTenantAsync(tenant, Ct);
        await Store.SaveTokenAsync(token, DomainData.Now, Ct);
        await Store.SaveParticulierAsync(tenant.Id, particulier, Ct);
        await Store.AddDemandesAsync(tenant.Id, demandes, Ct);

        await Database.RestartAsync();
        var next = await Database.OpenNewStoreAsync();

        (await next.FindTenantByClientIdAsync(tenant.ClientId, Ct)).Should().Be(tenant);
        (await next.FindTokenAsync(token.Hash, Ct)).Should().BeEquivalentTo(token);
        (await next.FindParticulierAsync(tenant.Id, particulier.Id.Value, Ct)).Should().BeEquivalentTo(particulier);
        (await next.FindDemandesAsync(tenant.Id, new SearchCriterion.ByPeriod(null, null), 11, Ct)).Should().BeEquivalentTo(demandes);
    }
}
