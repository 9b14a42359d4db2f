using AiciSandbox.Domain.Particuliers;
using AiciSandbox.Domain.PaymentRequests;
using AiciSandbox.Domain.Tenants;
using AiciSandbox.Server.Storage;
using AiciSandbox.Storage.Tests.Support;

namespace AiciSandbox.Storage.Tests.Contract;

/// <summary>
/// Every field of the stored records comes back as it went in: nested lists, dates and offsets, and amounts with their
/// number of decimals (a <c>50.00</c> sent by the integrator is echoed as <c>50.00</c>, not <c>50</c>).
/// </summary>
public abstract class RoundTripContract(IStoreDatabase database) : StoreContract(database)
{
    private readonly TenantId tenant = TenantId.New();

    [StorageFact]
    public async Task Particulier_ComesBackWithEveryField()
    {
        var particulier = Data.Particulier().Activate(DomainData.Now.AddMinutes(5)).Value!;

        await Store.SaveParticulierAsync(tenant, particulier, Ct);

        var found = await Store.FindParticulierAsync(tenant, particulier.Id.Value, Ct);
        found.Should().BeEquivalentTo(particulier);
        StorageJson.Write(found).Should().Be(StorageJson.Write(particulier));
        found!.DateNaissance.Should().Be(particulier.DateNaissance);
        found.ValideLe!.Value.Offset.Should().Be(TimeSpan.FromHours(1));
    }

    [StorageFact]
    public async Task Demande_ComesBackWithEveryField_AndAmountsKeepTheirDecimals()
    {
        var demande = Data.Demande(ParticulierId.New());

        await Store.AddDemandesAsync(tenant, [demande], Ct);

        var found = (await Store.FindDemandesAsync(tenant, new SearchCriterion.ByIds([demande.Id.Value]), 11, Ct)).Single();
        found.Should().BeEquivalentTo(demande);
        StorageJson.Write(found).Should().Be(StorageJson.Write(demande));
        var request = found.Demande;
        Text(request.MntFactureTTC).Should().Be("50.00");
        Text(request.MntFactureHT).Should().Be("45.45");
        Text(request.MntAcompte).Should().Be("10.00");
        request.InputPrestations.Should().HaveCount(2);
        Text(request.InputPrestations![0]!.Quantite).Should().Be("2.50");
        Text(request.InputPrestations[0]!.MntPrestationTVA).Should().Be("4.55");
        Text(request.InputPrestations[1]!.Quantite).Should().Be("1");
        Text(found.InfoVirement!.MntVirement).Should().Be("40.00");
        found.InfoRejet!.Commentaire.Should().Be("Prestation « non réalisée » selon le particulier");
    }

    [StorageFact]
    public async Task Token_ComesBackWithEveryField()
    {
        var token = Data.Token(tenant, DomainData.Now + AccessToken.Lifetime);

        await Store.SaveTokenAsync(token, DomainData.Now, Ct);

        StorageJson.Write(await Store.FindTokenAsync(token.Hash, Ct)).Should().Be(StorageJson.Write(token));
    }

    private static string? Text(decimal? amount) => amount?.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
