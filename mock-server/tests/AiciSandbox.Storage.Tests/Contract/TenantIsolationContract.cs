using AiciSandbox.Domain.Particuliers;
using AiciSandbox.Domain.PaymentRequests;
using AiciSandbox.Domain.Tenants;
using AiciSandbox.Storage.Tests.Support;

namespace AiciSandbox.Storage.Tests.Contract;

/// <summary>
/// Two tenants holding the same particulier ids, demande ids, invoice numbers and e-mail: every query of one tenant sees its
/// own rows only, exactly as if the other tenant did not exist.
/// </summary>
public abstract class TenantIsolationContract(IStoreDatabase database) : StoreContract(database)
{
    private readonly TenantId mine = TenantId.New();
    private readonly TenantId theirs = TenantId.New();

    [StorageFact]
    public async Task ParticulierQueries_NeverReturnAnotherTenantsParticulier()
    {
        var own = Data.Particulier();
        var twin = own with { Inscription = own.Inscription with { NomUsage = "Autre-Prestataire" } };
        await Store.SaveParticulierAsync(theirs, twin, Ct);
        var loneTwin = Data.Particulier();
        await Store.SaveParticulierAsync(theirs, loneTwin, Ct);
        await Store.SaveParticulierAsync(mine, own, Ct);

        (await Store.FindParticulierAsync(mine, own.Id.Value, Ct))!.Inscription.NomUsage.Should().Be(own.Inscription.NomUsage);
        (await Store.FindParticulierAsync(mine, loneTwin.Id.Value, Ct)).Should().BeNull();
        (await Store.FindParticuliersByIdsAsync(mine, [own.Id.Value, loneTwin.Id.Value], Ct)).Should().ContainSingle()
            .Which.Inscription.NomUsage.Should().Be(own.Inscription.NomUsage);
        (await Store.FindParticuliersByEmailAsync(mine, own.Inscription.AdresseMail!, Ct)).Should().ContainSingle()
            .Which.Inscription.NomUsage.Should().Be(own.Inscription.NomUsage);
        (await Store.FindParticuliersByEmailAsync(mine, loneTwin.Inscription.AdresseMail!, Ct)).Should().BeEmpty();
        (await Store.FindParticuliersByIdentityOrContactAsync(mine, loneTwin.IdentityKey, loneTwin.Inscription.AdresseMail!,
            loneTwin.Inscription.NumeroTelephonePortable!, Ct)).Should().BeEmpty();
        (await Store.FindParticulierAsync(theirs, own.Id.Value, Ct))!.Inscription.NomUsage.Should().Be("Autre-Prestataire");
    }

    [StorageFact]
    public async Task DemandeQueries_NeverReturnAnotherTenantsDemande()
    {
        var client = ParticulierId.New();
        var own = Data.Demande(client, new DateOnly(2026, 2, 10));
        var twin = own with { Statut = DemandeStatus.Refusee };
        var theirsOnly = Data.Demande(client, new DateOnly(2026, 2, 11));
        await Store.AddDemandesAsync(theirs, [twin, theirsOnly], Ct);

        await Store.AddDemandesAsync(mine, [own], Ct);

        (await Store.ExistingNumerosAsync(mine, [own.NumFactureTiers, theirsOnly.NumFactureTiers], Ct)).Should().BeEquivalentTo([own.NumFactureTiers]);
        (await Store.FindDemandesAsync(mine, new SearchCriterion.ByIds([own.Id.Value, theirsOnly.Id.Value]), 11, Ct))
            .Should().ContainSingle().Which.Statut.Should().Be(own.Statut);
        (await Store.FindDemandesAsync(mine, new SearchCriterion.ByNumeros([own.NumFactureTiers, theirsOnly.NumFactureTiers]), 11, Ct))
            .Should().ContainSingle().Which.Statut.Should().Be(own.Statut);
        (await Store.FindDemandesAsync(mine, new SearchCriterion.ByPeriod(null, null), 11, Ct))
            .Should().ContainSingle().Which.Statut.Should().Be(own.Statut);
        (await Store.FindDemandesAsync(theirs, new SearchCriterion.ByIds([own.Id.Value]), 11, Ct))
            .Should().ContainSingle().Which.Statut.Should().Be(DemandeStatus.Refusee);
    }
}
