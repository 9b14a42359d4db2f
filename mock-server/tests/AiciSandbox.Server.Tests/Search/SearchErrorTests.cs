using System.Net;
using System.Text.Json.Nodes;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Search;

/// <summary>
/// M070 errors, all HTTP 400 (facts §2.4, §5.3): no criterion, no result (CAERP's health check relies on it), more than 10
/// ids, numbers or results ("un maximum de 10 statuts … par appel", doc v1.1.7).
/// </summary>
public sealed class SearchErrorTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    public static TheoryData<string> EmptyCriteria => new()
    {
        "{}",
        """{"idDemandePaiements":[],"numFactureTiers":[]}""",
        """{"idDemandePaiements":null,"numFactureTiers":null,"dateDebut":null,"dateFin":null}""",
        """{"idDemandePaiements":["", "  "]}""",
        """{"idDemandePaiement":["typo-in-the-key"]}""",
    };

    [Theory]
    [MemberData(nameof(EmptyCriteria))]
    public async Task NoCriterion_IsErrCritereRechercheVide(string body)
    {
        var api = await fixture.NewTenantAsync();

        var description = await (await api.PostRawJsonAsync(UrssafCalls.Rechercher, body)).ShouldBeOnlyErrorAsync("ERR_CRITERE_RECHERCHE_VIDE");

        description.Should().Contain("critère");
    }

    [Fact]
    public async Task UnknownId_IsErrRechercheVide()
    {
        var api = await fixture.NewTenantAsync();

        var description = await (await api.RechercherParIdsAsync(Guid.NewGuid().ToString())).ShouldBeOnlyErrorAsync("ERR_RECHERCHE_VIDE");

        description.Should().Contain("Aucune demande de paiement");
    }

    [Fact]
    public async Task CaerpHealthCheck_NaiveDateIn2053AndNullEnd_IsErrRechercheVide()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        await api.TransmettreAccepteeAsync(TestData.Demande(idClient, TestData.NumeroFacture()));

        var response = await api.PostRawJsonAsync(UrssafCalls.Rechercher, """{"dateDebut":"2053-01-01T00:00:00","dateFin":null}""");

        await response.ShouldBeOnlyErrorAsync("ERR_RECHERCHE_VIDE");
    }

    [Fact]
    public async Task PeriodThatEndsBeforeItStarts_IsErrRechercheVide()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        await api.TransmettreAccepteeAsync(TestData.Demande(idClient, TestData.NumeroFacture()));

        var response = await api.RechercherAsync(new JsonObject { ["dateDebut"] = "2026-03-31", ["dateFin"] = "2026-03-01" });

        await response.ShouldBeOnlyErrorAsync("ERR_RECHERCHE_VIDE");
    }

    [Fact]
    public async Task ElevenIds_AreErrNbreMaxResultat()
    {
        var api = await fixture.NewTenantAsync();

        var description = await (await api.RechercherParIdsAsync(Enumerable.Range(0, 11).Select(_ => Guid.NewGuid().ToString()).ToArray()))
            .ShouldBeOnlyErrorAsync("ERR_NBRE_MAX_RESULTAT");

        description.Should().Contain("affiner").And.Contain("10");
    }

    [Fact]
    public async Task ElevenNumbers_AreErrNbreMaxResultat()
    {
        var api = await fixture.NewTenantAsync();

        await (await api.RechercherParNumerosAsync(Enumerable.Range(0, 11).Select(_ => TestData.NumeroFacture()).ToArray()))
            .ShouldBeOnlyErrorAsync("ERR_NBRE_MAX_RESULTAT");
    }

    [Fact]
    public async Task PeriodWithElevenResults_IsErrNbreMaxResultat_AndWithTenItIsAnswered()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var tenOnTheThird = Enumerable.Range(0, 10).Select(_ => TestData.Demande(idClient, TestData.NumeroFacture(), day: "2026-03-03")).ToArray();
        await (await api.TransmettreAsync(tenOnTheThird)).ShouldBeOkJsonAsync();
        await api.TransmettreAccepteeAsync(TestData.Demande(idClient, TestData.NumeroFacture(), day: "2026-03-02"));

        var eleven = await api.RechercherAsync(new JsonObject { ["dateDebut"] = "2026-03-01T00:00:00Z", ["dateFin"] = "2026-03-31T00:00:00Z" });
        var ten = await api.RechercherAsync(new JsonObject { ["dateDebut"] = "2026-03-03T00:00:00Z", ["dateFin"] = "2026-03-03T00:00:00Z" });

        (await eleven.ShouldBeOnlyErrorAsync("ERR_NBRE_MAX_RESULTAT")).Should().Contain("affiner");
        (await ten.ShouldBeOkJsonAsync())["infoDemandePaiements"]!.AsArray().Should().HaveCount(10);
    }

    [Theory]
    [InlineData("dateDebut", "03/03/2026")]
    [InlineData("dateFin", "2026-03-03T00:00:00+01:00")]
    public async Task MalformedDate_IsErreurValidationNamingTheField(string field, string value)
    {
        var api = await fixture.NewTenantAsync();

        var description = await (await api.RechercherAsync(new JsonObject { [field] = value })).ShouldBeOnlyErrorAsync("ERREUR_VALIDATION");

        description.Should().StartWith($"champ inputRechercheDemandePaiement.{field} :");
    }

    [Fact]
    public async Task IdsAsAStringInsteadOfAnArray_IsErreurValidationNamingTheField()
    {
        var api = await fixture.NewTenantAsync();

        var response = await api.PostRawJsonAsync(UrssafCalls.Rechercher, """{"idDemandePaiements":"abc"}""");

        (await response.ShouldBeOnlyErrorAsync("ERREUR_VALIDATION")).Should().StartWith("champ inputRechercheDemandePaiement.idDemandePaiements");
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }
}
