using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Demandes;

/// <summary><c>ERR_FACTURE_DOUBLON</c>: a provider's <c>numFactureTiers</c> is used once, across calls and within one call.</summary>
public sealed class DuplicateInvoiceTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task NumberAlreadyIntegratedByAnEarlierCall_IsErrFactureDoublon()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var numero = TestData.NumeroFacture();
        await api.TransmettreAccepteeAsync(TestData.Demande(idClient, numero));

        var description = await (await api.TransmettreAsync(TestData.Demande(idClient, numero))).ShouldRejectOnlyItemWithAsync("ERR_FACTURE_DOUBLON");

        description.Should().Contain($"« {numero} »");
    }

    [Fact]
    public async Task SameNumberTwiceInOneCall_IntegratesTheFirst_AndRejectsTheSecond()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var numero = TestData.NumeroFacture();

        var items = (await (await api.TransmettreAsync(TestData.Demande(idClient, numero), TestData.Demande(idClient, numero))).ShouldBeOkJsonAsync()).AsArray();

        items[0]!["statut"]!.GetValue<string>().Should().Be("10");
        items[1]!.ShouldBeRejectedItem().Select(Answers.CodeOf).Should().Equal("ERR_FACTURE_DOUBLON");
    }

    [Fact]
    public async Task NumberOfARejectedDemande_IsFreeForALaterCorrectedOne()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var numero = TestData.NumeroFacture();
        await (await api.TransmettreAsync(TestData.Demande(idClient, numero).With("mntFactureTTC", 51.00m))).ShouldRejectOnlyItemWithAsync("ERR_TOTAL_PRESTATIONS");

        await api.TransmettreAccepteeAsync(TestData.Demande(idClient, numero));
    }

    [Fact]
    public async Task NumberOfARejectedItemInTheSameCall_DoesNotBlockTheNextItem()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var numero = TestData.NumeroFacture();
        var rejected = TestData.Demande(Guid.NewGuid().ToString(), numero);

        var items = (await (await api.TransmettreAsync(rejected, TestData.Demande(idClient, numero))).ShouldBeOkJsonAsync()).AsArray();

        items[0]!.ShouldBeRejectedItem().Select(Answers.CodeOf).Should().Equal("ERR_PARTICULIER_INCONNU");
        items[1]!["statut"]!.GetValue<string>().Should().Be("10");
    }
}
