using AiciSandbox.Domain.Tenants;
using AiciSandbox.Storage.Tests.Support;

namespace AiciSandbox.Storage.Tests.Contract;

/// <summary>Access tokens: stored by hash; saving one purges the tenant's expired tokens, and only that tenant's.</summary>
public abstract class TokenStoreContract(IStoreDatabase database) : StoreContract(database)
{
    [StorageFact]
    public async Task SavedToken_IsFoundByHash_WithItsScopesAndExpiry()
    {
        var token = Data.Token(TenantId.New(), DomainData.Now + AccessToken.Lifetime);

        await Store.SaveTokenAsync(token, DomainData.Now, Ct);

        var found = await Store.FindTokenAsync(token.Hash, Ct);
        found.Should().BeEquivalentTo(token);
        found!.Scopes.Should().Equal(Scopes.Api, Scopes.Control);
    }

    [StorageFact]
    public async Task UnknownToken_IsNotFound() =>
        (await Store.FindTokenAsync(Credentials.Hash(Credentials.NewToken()), Ct)).Should().BeNull();

    [StorageFact]
    public async Task SavingAToken_PurgesOnlyThatTenantsTokensExpiredBeforeNow()
    {
        var now = DomainData.Now;
        var tenant = TenantId.New();
        var other = TenantId.New();
        var expired = Data.Token(tenant, now.AddMilliseconds(-1));
        var expiringNow = Data.Token(tenant, now);
        var valid = Data.Token(tenant, now.AddMinutes(30));
        var otherExpired = Data.Token(other, now.AddHours(-5));
        foreach (var token in new[] { expired, expiringNow, valid, otherExpired })
            await Store.SaveTokenAsync(token, now.AddDays(-1), Ct);

        var fresh = Data.Token(tenant, now + AccessToken.Lifetime);
        await Store.SaveTokenAsync(fresh, now, Ct);

        (await Store.FindTokenAsync(expired.Hash, Ct)).Should().BeNull();
        (await Store.FindTokenAsync(expiringNow.Hash, Ct)).Should().NotBeNull("the purge removes tokens that expired strictly before now");
        (await Store.FindTokenAsync(valid.Hash, Ct)).Should().NotBeNull();
        (await Store.FindTokenAsync(otherExpired.Hash, Ct)).Should().NotBeNull("another tenant's tokens are purged only by its own saves");
        (await Store.FindTokenAsync(fresh.Hash, Ct)).Should().NotBeNull();
    }
}
