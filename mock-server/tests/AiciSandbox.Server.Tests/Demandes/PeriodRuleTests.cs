using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Demandes;

/// <summary>
/// M050 rules on the employment period (facts §5.2, D13): not in the future of the tenant's clock, one Paris calendar month,
/// fin ≥ début, not before the experimentation (1 January 2020, docs/decisions.md).
/// </summary>
public sealed class PeriodRuleTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task EmploymentEndingAfterTheTenantsNow_IsErrDateFutur()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var demande = TestData.Demande(idClient, TestData.NumeroFacture(), day: "2026-03-04");

        var description = await (await api.TransmettreAsync(demande)).ShouldRejectOnlyItemWithAsync("ERR_DATE_FUTUR");

        description.Should().Contain("futur");
    }

    [Fact]
    public async Task LineDatesAfterTheTenantsNow_AreErrDateFutur_NamingTheLine()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var demande = TestData.Demande(idClient, TestData.NumeroFacture());
        demande.Line().With("dateDebutEmploi", "2026-03-03T08:00:00Z").With("dateFinEmploi", "2026-03-05T10:00:00Z");

        var description = await (await api.TransmettreAsync(demande)).ShouldRejectOnlyItemWithAsync("ERR_DATE_FUTUR");

        description.Should().Contain("inputDemandePaiements[0].inputPrestations[0]");
    }

    [Fact]
    public async Task EmploymentOverTwoCalendarMonths_IsErrPeriodeEmploiMoisNonUnique()
    {
        var api = await fixture.NewTenantAsync();
        var idClient = await api.RegisterActivatedAsync(TestData.Particulier());
        await api.AdvanceAsync("P32D");
        var demande = TestData.Demande(idClient, TestData.NumeroFacture(), day: "2026-04-02").With("dateDebutEmploi", "2026-03-30T08:00:00Z");

        var description = await (await api.TransmettreAsync(demande)).ShouldRejectOnlyItemWithAsync("ERR_PERIODE_EMPLOI_MOIS_NON_UNIQUE");

        description.Should().Contain("deux mois");
    }

    [Fact]
    public async Task EmploymentEndingBeforeItStarts_IsErrDateFinAvantDateDeb()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var demande = TestData.Demande(idClient, TestData.NumeroFacture())
            .With("dateDebutEmploi", "2026-03-03T10:00:00Z").With("dateFinEmploi", "2026-03-03T08:00:00Z");

        var description = await (await api.TransmettreAsync(demande)).ShouldRejectOnlyItemWithAsync("ERR_DATE_FIN_AVANT_DATE_DEB");

        description.Should().Contain("date de fin");
    }

    [Fact]
    public async Task LineEndingBeforeItStarts_IsErrDateFinAvantDateDeb_NamingTheLine()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var demande = TestData.Demande(idClient, TestData.NumeroFacture());
        demande.Line().With("dateDebutEmploi", "2026-03-03T10:00:00Z").With("dateFinEmploi", "2026-03-03T09:00:00Z");

        var description = await (await api.TransmettreAsync(demande)).ShouldRejectOnlyItemWithAsync("ERR_DATE_FIN_AVANT_DATE_DEB");

        description.Should().Contain("inputDemandePaiements[0].inputPrestations[0]");
    }

    [Fact]
    public async Task EmploymentBeforeTheExperimentation_IsErrDatePaiementAvantExp()
    {
        var api = await fixture.NewTenantAsync("2019-12-02T08:00:00Z");
        var idClient = await api.RegisterActivatedAsync(TestData.Particulier());
        await api.AdvanceAsync("P2D");

        var description = await (await api.TransmettreAsync(TestData.Demande(idClient, TestData.NumeroFacture(), day: "2019-12-03")))
            .ShouldRejectOnlyItemWithAsync("ERR_DATE_PAIEMENT_AVANT_EXP");

        description.Should().Contain("expérimentation");
    }

    [Fact]
    public async Task EmploymentOnTheFirstDayOfTheExperimentation_IsIntegrated()
    {
        var api = await fixture.NewTenantAsync("2019-12-31T08:00:00Z");
        var idClient = await api.RegisterActivatedAsync(TestData.Particulier());
        await api.AdvanceAsync("P2D");

        await api.TransmettreAccepteeAsync(TestData.Demande(idClient, TestData.NumeroFacture(), day: "2020-01-01"));
    }
}
