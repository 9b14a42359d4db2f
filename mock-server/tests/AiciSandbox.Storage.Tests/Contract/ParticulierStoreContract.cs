using AiciSandbox.Domain.Particuliers;
using AiciSandbox.Domain.Tenants;
using AiciSandbox.Storage.Tests.Support;

namespace AiciSandbox.Storage.Tests.Contract;

/// <summary>Particuliers: by id, by several ids, by e-mail (any case), and by identity or contact (the uniqueness check).</summary>
public abstract class ParticulierStoreContract(IStoreDatabase database) : StoreContract(database)
{
    private readonly TenantId tenant = TenantId.New();

    [StorageFact]
    public async Task SavedParticulier_IsFoundById()
    {
        var particulier = Data.Particulier();

        await Store.SaveParticulierAsync(tenant, particulier, Ct);

        (await Store.FindParticulierAsync(tenant, particulier.Id.Value, Ct)).Should().BeEquivalentTo(particulier);
        (await Store.FindParticulierAsync(tenant, ParticulierId.New().Value, Ct)).Should().BeNull();
    }

    [StorageFact]
    public async Task SavingAParticulierAgain_StoresItsNewStatus()
    {
        var particulier = Data.Particulier();
        await Store.SaveParticulierAsync(tenant, particulier, Ct);
        var activated = particulier.Activate(DomainData.Now.AddHours(2)).Value!;

        await Store.SaveParticulierAsync(tenant, activated, Ct);

        var found = await Store.FindParticulierAsync(tenant, particulier.Id.Value, Ct);
        found!.Statut.Should().Be(ParticulierStatus.AppareillageValide);
        found.ValideLe.Should().Be(DomainData.Now.AddHours(2));
        (await Store.FindParticuliersByEmailAsync(tenant, particulier.Inscription.AdresseMail!, Ct)).Should().ContainSingle();
    }

    [StorageFact]
    public async Task ParticuliersByIds_AreTheKnownOnesAmongTheIdsAsked()
    {
        var (first, second, third) = (Data.Particulier(), Data.Particulier(), Data.Particulier());
        foreach (var p in new[] { first, second, third }) await Store.SaveParticulierAsync(tenant, p, Ct);

        var found = await Store.FindParticuliersByIdsAsync(tenant, [third.Id.Value, ParticulierId.New().Value, first.Id.Value], Ct);

        found.Select(p => p.Id).Should().BeEquivalentTo([third.Id, first.Id]);
        (await Store.FindParticuliersByIdsAsync(tenant, [], Ct)).Should().BeEmpty();
    }

    [StorageFact]
    public async Task ParticulierByEmail_IgnoresCase()
    {
        var particulier = Data.Particulier(email: $"Jeanne.Le-Gall.{Guid.NewGuid():N}@Orange.FR");
        await Store.SaveParticulierAsync(tenant, particulier, Ct);

        var found = await Store.FindParticuliersByEmailAsync(tenant, particulier.Inscription.AdresseMail!.ToLowerInvariant(), Ct);
        var upper = await Store.FindParticuliersByEmailAsync(tenant, particulier.Inscription.AdresseMail.ToUpperInvariant(), Ct);

        found.Should().ContainSingle().Which.Id.Should().Be(particulier.Id);
        upper.Should().ContainSingle().Which.Inscription.AdresseMail.Should().Be(particulier.Inscription.AdresseMail, "kept as sent");
    }

    [StorageFact]
    public async Task ParticulierByIdentityOrContact_MatchesAnyOfTheThree()
    {
        var particulier = Data.Particulier(phone: "+33" + Data.MobileNumber()[1..]);
        await Store.SaveParticulierAsync(tenant, particulier, Ct);
        var stranger = Data.Particulier();
        var phone = InscriptionRules.NormalizedPhone(particulier.Inscription.NumeroTelephonePortable!);

        var byIdentity = await Store.FindParticuliersByIdentityOrContactAsync(
            tenant, particulier.IdentityKey, stranger.Inscription.AdresseMail!, stranger.Inscription.NumeroTelephonePortable!, Ct);
        var byEmail = await Store.FindParticuliersByIdentityOrContactAsync(
            tenant, stranger.IdentityKey, particulier.Inscription.AdresseMail!.ToUpperInvariant(), stranger.Inscription.NumeroTelephonePortable!, Ct);
        var byPhone = await Store.FindParticuliersByIdentityOrContactAsync(
            tenant, stranger.IdentityKey, stranger.Inscription.AdresseMail!, phone, Ct);
        var none = await Store.FindParticuliersByIdentityOrContactAsync(
            tenant, stranger.IdentityKey, stranger.Inscription.AdresseMail!, stranger.Inscription.NumeroTelephonePortable!, Ct);

        phone.Should().StartWith("0", "+33 numbers are stored in their national form");
        byIdentity.Should().ContainSingle().Which.Id.Should().Be(particulier.Id);
        byEmail.Should().ContainSingle().Which.Id.Should().Be(particulier.Id);
        byPhone.Should().ContainSingle().Which.Id.Should().Be(particulier.Id);
        none.Should().BeEmpty();
    }

    [StorageFact]
    public async Task ParticulierByIdentityOrContact_GivesEachClashOnce()
    {
        var first = Data.Particulier();
        var second = Data.Particulier();
        foreach (var p in new[] { first, second, Data.Particulier() }) await Store.SaveParticulierAsync(tenant, p, Ct);
        var firstPhone = InscriptionRules.NormalizedPhone(first.Inscription.NumeroTelephonePortable!);

        var allThree = await Store.FindParticuliersByIdentityOrContactAsync(tenant, first.IdentityKey, first.Inscription.AdresseMail!, firstPhone, Ct);
        var twoOfThem = await Store.FindParticuliersByIdentityOrContactAsync(
            tenant, Data.Particulier().IdentityKey, second.Inscription.AdresseMail!, firstPhone, Ct);

        allThree.Should().ContainSingle("identity, e-mail and phone are one particulier's").Which.Id.Should().Be(first.Id);
        twoOfThem.Select(p => p.Id).Should().BeEquivalentTo([second.Id, first.Id]);
    }
}
