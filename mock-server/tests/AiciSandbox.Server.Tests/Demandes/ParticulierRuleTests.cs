using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Demandes;

/// <summary>
/// M050 rules on the particulier (facts §5.2): known and same birth date (<c>ERR_PARTICULIER_INCONNU</c>), account activated
/// and employment not before the activation (<c>ERR_LIEN_PARTICULIER_PRESTATAIRE</c>, URSSAF FAQ). Rejected items come back
/// in a 200 answer with <c>errors</c> (D4).
/// </summary>
public sealed class ParticulierRuleTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task UnknownIdClient_IsErrParticulierInconnu()
    {
        var (api, _) = await fixture.NewTenantWithActiveParticulierAsync();

        var description = await (await api.TransmettreAsync(TestData.Demande(Guid.NewGuid().ToString(), TestData.NumeroFacture())))
            .ShouldRejectOnlyItemWithAsync("ERR_PARTICULIER_INCONNU");

        description.Should().Contain("n'est pas reconnu");
    }

    [Theory]
    [InlineData("1980-03-30T00:00:00Z")]
    [InlineData("1981-03-29")]
    public async Task BirthDateThatIsNotTheParticuliers_IsErrParticulierInconnu(string dateNaissanceClient)
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();

        var description = await (await api.TransmettreAsync(TestData.Demande(idClient, TestData.NumeroFacture(), dateNaissanceClient: dateNaissanceClient)))
            .ShouldRejectOnlyItemWithAsync("ERR_PARTICULIER_INCONNU");

        description.Should().Contain("date de naissance ne correspond pas");
    }

    [Fact]
    public async Task RejectedItem_EchoesItsIdClientAndNumFactureTiers()
    {
        var (api, _) = await fixture.NewTenantWithActiveParticulierAsync();
        var (idClient, numero) = (Guid.NewGuid().ToString(), TestData.NumeroFacture());

        var item = (await (await api.TransmettreAsync(TestData.Demande(idClient, numero))).ShouldBeOkJsonAsync())[0]!;

        item["idClient"]!.GetValue<string>().Should().Be(idClient);
        item["numFactureTiers"]!.GetValue<string>().Should().Be(numero);
    }

    [Fact]
    public async Task ParticulierWhoHasNotActivatedTheAccount_IsErrLienParticulierPrestataire()
    {
        var api = await fixture.NewTenantAsync();
        var idClient = await api.RegisterAsync(TestData.Particulier(nomNaissance: "Jamais"));
        await api.AdvanceAsync("P2D");

        var description = await (await api.TransmettreAsync(TestData.Demande(idClient, TestData.NumeroFacture())))
            .ShouldRejectOnlyItemWithAsync("ERR_LIEN_PARTICULIER_PRESTATAIRE");

        description.Should().Contain(idClient).And.Contain("APPAREILLAGE_EC");
    }

    [Fact]
    public async Task EmploymentThatStartsBeforeTheActivation_IsErrLienParticulierPrestataire()
    {
        var api = await fixture.NewTenantAsync();
        var idClient = await api.RegisterAsync(TestData.Particulier(nomNaissance: "Jamais"));
        await api.AdvanceAsync("P3D");
        (await api.ActiverAsync(idClient)).EnsureSuccessStatusCode();

        var description = await (await api.TransmettreAsync(TestData.Demande(idClient, TestData.NumeroFacture(), day: "2026-03-03")))
            .ShouldRejectOnlyItemWithAsync("ERR_LIEN_PARTICULIER_PRESTATAIRE");

        description.Should().Contain("avant l'activation").And.Contain("05/03/2026 09:00:00");
    }

    [Fact]
    public async Task EmploymentThatStartsAtTheActivationInstant_IsIntegrated()
    {
        var api = await fixture.NewTenantAsync();
        var idClient = await api.RegisterActivatedAsync(TestData.Particulier());
        await api.AdvanceAsync("PT3H");
        var demande = TestData.Demande(idClient, TestData.NumeroFacture(), day: "2026-03-02");

        await api.TransmettreAccepteeAsync(demande);
    }
}
