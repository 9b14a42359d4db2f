using System.Net;
using System.Text.Json.Nodes;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Demandes;

/// <summary>
/// M050 format errors: one malformed item makes the whole call a 400 and nothing is stored (D4); the description names
/// the field as <c>champ inputDemandePaiements[i].…</c>.
/// </summary>
public sealed class DemandeValidationTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private const string Removed = "<removed>";

    public static TheoryData<string, string, string> BrokenFields => new()
    {
        { "idClient", Removed, "obligatoire" },
        { "idTiersFacturation", "", "obligatoire" },
        { "numFactureTiers", new string('9', 51), "entre 0 et 50" },
        { "dateFacture", "03/03/2026", "date ISO-8601" },
        { "dateDebutEmploi", "2026-03-03T08:00:00+01:00", "date ISO-8601" },
        { "dateNaissanceClient", Removed, "obligatoire" },
        { "dateVersementAcompte", "demain", "date ISO-8601" },
        { "mntFactureTTC", Removed, "obligatoire" },
        { "inputPrestations", Removed, "obligatoire" },
        { "inputPrestations[0].unite", "JOUR", "HEURE, FORFAIT" },
        { "inputPrestations[0].codeNature", Removed, "obligatoire" },
        { "inputPrestations[0].mntPrestationTVA", Removed, "obligatoire" },
        { "inputPrestations[0].dateFinEmploi", "2026-13-01", "date ISO-8601" },
        { "inputPrestations[0].complement2", new string('S', 201), "entre 0 et 200" },
    };

    [Theory]
    [MemberData(nameof(BrokenFields))]
    public async Task Demande_WithOneBrokenField_IsRefusedWithErreurValidationNamingThatField(string path, string value, string reason)
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var demande = TestData.Demande(idClient, TestData.NumeroFacture());
        demande = value == Removed ? demande.Without(path) : demande.With(path, value);

        var description = await (await api.TransmettreAsync(demande)).ShouldBeOnlyErrorAsync("ERREUR_VALIDATION");

        description.Should().StartWith($"champ inputDemandePaiements[0].{path} : ").And.Contain(reason);
    }

    [Theory]
    [InlineData("mntFactureTTC", "\"50.00\"")]
    [InlineData("inputPrestations[0].quantite", "\"2\"")]
    [InlineData("idClient", "12345")]
    [InlineData("inputPrestations", "{}")]
    public async Task Demande_WithAWrongJsonType_NamesTheFieldOfThatItem(string path, string rawValue)
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var batch = new JsonArray(TestData.Demande(idClient, TestData.NumeroFacture()), TestData.Demande(idClient, TestData.NumeroFacture()).With(path, "__RAW__"));

        var response = await api.PostRawJsonAsync(UrssafCalls.DemandePaiement, batch.ToJsonString().Replace("\"__RAW__\"", rawValue));

        var description = await response.ShouldBeOnlyErrorAsync("ERREUR_VALIDATION");
        description.Should().StartWith($"champ inputDemandePaiements[1].{path}").And.Contain("JSON invalide");
    }

    [Fact]
    public async Task ValidItemsBesideAMalformedOne_AreRefusedWithTheWholeCall_AndNothingIsStored()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var (first, third) = (TestData.NumeroFacture(), TestData.NumeroFacture());
        var malformed = TestData.Demande(idClient, TestData.NumeroFacture()).With("inputPrestations[0].unite", "JOUR");

        var response = await api.TransmettreAsync(TestData.Demande(idClient, first), malformed, TestData.Demande(idClient, third));

        (await response.ShouldBeOnlyErrorAsync("ERREUR_VALIDATION")).Should().StartWith("champ inputDemandePaiements[1].inputPrestations[0].unite");
        await (await api.RechercherParNumerosAsync(first, third)).ShouldBeOnlyErrorAsync("ERR_RECHERCHE_VIDE");
    }

    [Fact]
    public async Task ElevenDemandesInOneCall_AreRefusedWithErrNbrePrestMax_AndNothingIsStored()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var numeros = Enumerable.Range(0, 11).Select(_ => TestData.NumeroFacture()).ToArray();

        var response = await api.TransmettreAsync(numeros.Select(n => TestData.Demande(idClient, n)).ToArray());

        (await response.ShouldBeOnlyErrorAsync("ERR_NBRE_PREST_MAX")).Should().Contain("limite à 10");
        await (await api.RechercherParNumerosAsync(numeros[..10])).ShouldBeOnlyErrorAsync("ERR_RECHERCHE_VIDE");
    }

    [Fact]
    public async Task EmptyBatch_IsErreurValidationOnTheRoot()
    {
        var (api, _) = await fixture.NewTenantWithActiveParticulierAsync();

        var description = await (await api.TransmettreAsync()).ShouldBeOnlyErrorAsync("ERREUR_VALIDATION");

        description.Should().StartWith("champ inputDemandePaiements :").And.Contain("au moins une");
    }

    [Fact]
    public async Task SingleObjectInsteadOfAnArray_IsErreurValidationOnTheRoot()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();

        var response = await api.PostJsonAsync(UrssafCalls.DemandePaiement, TestData.Demande(idClient, TestData.NumeroFacture()));

        (await response.ShouldBeOnlyErrorAsync("ERREUR_VALIDATION")).Should().StartWith("champ inputDemandePaiements :");
    }

    [Fact]
    public async Task NullItem_IsErreurValidationNamingItsIndex()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();

        var response = await api.PostJsonAsync(UrssafCalls.DemandePaiement, new JsonArray(TestData.Demande(idClient, TestData.NumeroFacture()), null));

        var errors = await response.ShouldBeUrssafErrorsAsync(HttpStatusCode.BadRequest);
        errors.Select(Answers.DescriptionOf).Should().ContainSingle().Which.Should().StartWith("champ inputDemandePaiements[1] :");
    }
}
