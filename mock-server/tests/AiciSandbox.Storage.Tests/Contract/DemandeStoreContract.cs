using System.Data.Common;
using AiciSandbox.Domain.Particuliers;
using AiciSandbox.Domain.PaymentRequests;
using AiciSandbox.Domain.Tenants;
using AiciSandbox.Storage.Tests.Support;

namespace AiciSandbox.Storage.Tests.Contract;

/// <summary>Demandes de paiement: a batch is added in one transaction; an invoice number is used once per tenant.</summary>
public abstract class DemandeStoreContract(IStoreDatabase database) : StoreContract(database)
{
    private readonly TenantId tenant = TenantId.New();
    private readonly ParticulierId client = ParticulierId.New();

    [StorageFact]
    public async Task ExistingNumeros_AreTheAskedNumbersAlreadyUsed()
    {
        var (first, second) = (Data.Demande(client), Data.Demande(client));
        await Store.AddDemandesAsync(tenant, [first, second], Ct);

        var existing = await Store.ExistingNumerosAsync(tenant, [second.NumFactureTiers, Data.NumeroFacture(), first.NumFactureTiers], Ct);

        existing.Should().BeEquivalentTo([first.NumFactureTiers, second.NumFactureTiers]);
        (await Store.ExistingNumerosAsync(tenant, [], Ct)).Should().BeEmpty();
    }

    [StorageFact]
    public async Task ANumeroUsedTwiceInOneTenant_IsRefused_AndNothingOfTheBatchIsWritten()
    {
        var first = Data.Demande(client);
        await Store.AddDemandesAsync(tenant, [first], Ct);
        var innocent = Data.Demande(client);
        var duplicate = Data.Demande(client, numero: first.NumFactureTiers);

        var adding = () => Store.AddDemandesAsync(tenant, [innocent, duplicate], Ct);

        await adding.Should().ThrowAsync<DbException>();
        var found = await Store.FindDemandesAsync(tenant, new SearchCriterion.ByIds([innocent.Id.Value, duplicate.Id.Value]), 10, Ct);
        found.Should().BeEmpty("a batch is one transaction");
        (await Store.ExistingNumerosAsync(tenant, [innocent.NumFactureTiers], Ct)).Should().BeEmpty();
    }

    [StorageFact]
    public async Task ANumeroRepeatedInsideOneBatch_IsRefused()
    {
        var first = Data.Demande(client);
        var twin = Data.Demande(client, numero: first.NumFactureTiers);

        var adding = () => Store.AddDemandesAsync(tenant, [first, twin], Ct);

        await adding.Should().ThrowAsync<DbException>();
        (await Store.ExistingNumerosAsync(tenant, [first.NumFactureTiers], Ct)).Should().BeEmpty();
    }

    [StorageFact]
    public async Task AnEmptyBatch_WritesNothing()
    {
        await Store.AddDemandesAsync(tenant, [], Ct);

        (await Store.FindDemandesAsync(tenant, new SearchCriterion.ByPeriod(null, null), 10, Ct)).Should().BeEmpty();
    }
}
