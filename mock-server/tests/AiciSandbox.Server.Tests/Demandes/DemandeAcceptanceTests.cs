using System.Text.Json.Nodes;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Demandes;

/// <summary>M050 <c>POST /demandePaiement</c>: demandes the API integrates (statut "10", facts §2.3, D6).</summary>
public sealed class DemandeAcceptanceTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task ValidDemande_IsIntegratedWithStatut10_AndAnIdDemandePaiement()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var numero = TestData.NumeroFacture();

        var items = (await (await api.TransmettreAsync(TestData.Demande(idClient, numero))).ShouldBeOkJsonAsync()).AsArray();

        var item = items.Should().ContainSingle().Which!.AsObject();
        item.Select(p => p.Key).Should().BeEquivalentTo("idClient", "idDemandePaiement", "numFactureTiers", "statut");
        item["idClient"]!.GetValue<string>().Should().Be(idClient);
        item["numFactureTiers"]!.GetValue<string>().Should().Be(numero);
        item["statut"]!.GetValue<string>().Should().Be("10");
        Guid.TryParse(item["idDemandePaiement"]!.GetValue<string>(), out _).Should().BeTrue();
    }

    [Fact]
    public async Task TenValidDemandesInOneCall_AreAllIntegrated_WithDistinctIds()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var demandes = Enumerable.Range(0, 10).Select(_ => TestData.Demande(idClient, TestData.NumeroFacture())).ToArray();

        var items = (await (await api.TransmettreAsync(demandes)).ShouldBeOkJsonAsync()).AsArray();

        items.Select(i => i!["statut"]!.GetValue<string>()).Should().AllBe("10");
        items.Select(i => i!["idDemandePaiement"]!.GetValue<string>()).Should().OnlyHaveUniqueItems().And.HaveCount(10);
    }

    [Fact]
    public async Task UnitPriceWithThreeDecimals_RoundedToTheCent_IsIntegrated()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var demande = TestData.Demande(idClient, TestData.NumeroFacture());
        demande.Line().With("quantite", 3).With("mntUnitaireTTC", 16.667m);

        await api.TransmettreAccepteeAsync(demande);
    }

    [Fact]
    public async Task IntervenantAsSiret_WithActiviteOfItsNature_AndLineDates_IsIntegrated()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var demande = TestData.Demande(idClient, TestData.NumeroFacture());
        demande.Line().With("complement2", "SIR12345678901234").With("codeActivite", "60A001")
            .With("dateDebutEmploi", "2026-03-03T08:00:00Z").With("dateFinEmploi", "2026-03-03T10:00:00Z").With("complement1", "Ménage hebdomadaire");

        await api.TransmettreAccepteeAsync(demande);
    }

    [Fact]
    public async Task AcompteOfHalfTheInvoice_WithItsDate_IsIntegrated()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var demande = TestData.Demande(idClient, TestData.NumeroFacture()).With("mntAcompte", 25.00m).With("dateVersementAcompte", "2026-03-01T00:00:00Z");

        await api.TransmettreAccepteeAsync(demande);
    }

    [Fact]
    public async Task NonEligibleNature270_BesideAnEligibleLine_IsIntegrated()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var demande = TestData.Demande(idClient, TestData.NumeroFacture()).With("mntFactureTTC", 62.00m).With("mntFactureHT", 55.45m);
        demande["inputPrestations"]!.AsArray().Add(new JsonObject
        {
            ["codeNature"] = "270", ["quantite"] = 1, ["unite"] = "FORFAIT", ["mntUnitaireTTC"] = 12.00m,
            ["mntPrestationTTC"] = 12.00m, ["mntPrestationHT"] = 10.00m, ["mntPrestationTVA"] = 2.00m, ["complement2"] = "SAP852330992",
        });

        await api.TransmettreAccepteeAsync(demande);
    }

    [Fact]
    public async Task EmploymentWithinOneParisMonth_IsIntegrated_EvenWhenItsUtcDatesSpanTwoMonths()
    {
        var api = await fixture.NewTenantAsync("2026-03-02T08:00:00Z");
        var idClient = await api.RegisterActivatedAsync(TestData.Particulier());
        await api.AdvanceAsync("P31D");
        var demande = TestData.Demande(idClient, TestData.NumeroFacture(), day: "2026-04-01")
            .With("dateDebutEmploi", "2026-03-31T22:30:00Z").With("dateFinEmploi", "2026-04-01T00:30:00Z");

        await api.TransmettreAccepteeAsync(demande);
    }

    [Fact]
    public async Task DatesInEveryAcceptedFormat_AreIntegrated()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var demande = TestData.Demande(idClient, TestData.NumeroFacture())
            .With("dateNaissanceClient", "1980-03-29").With("dateFacture", "2026-03-03T00:00:00.000Z")
            .With("dateDebutEmploi", "2026-03-03T08:00Z").With("dateFinEmploi", "2026-03-03T10:00:00.1234567Z");

        await api.TransmettreAccepteeAsync(demande);
    }
}
