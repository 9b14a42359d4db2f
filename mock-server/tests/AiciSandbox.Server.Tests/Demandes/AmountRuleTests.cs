using System.Text.Json.Nodes;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Demandes;

/// <summary>
/// M050 arithmetic (facts §5.2, D8, D14): line TTC = quantité × unitaire to the cent, HT + TVA = TTC, Σ lines = invoice,
/// at most 2 decimals (3 for the unit price), no negative value, acompte ≤ 50 % with its date.
/// </summary>
public sealed class AmountRuleTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task LineTtcThatIsNotQuantityTimesUnitPrice_IsErrMntPrestTtc()
    {
        var description = await Rejected(d =>
        {
            d.With("mntFactureTTC", 49.99m).With("mntFactureHT", 45.44m);
            d.Line().With("mntPrestationTTC", 49.99m).With("mntPrestationHT", 45.44m);
        }, "ERR_MNT_PREST_TTC");

        description.Should().Contain("inputPrestations[0]").And.Contain("49.99").And.Contain("50.00");
    }

    [Fact]
    public async Task LineHtPlusTvaThatIsNotItsTtc_IsErrMntPrestHtTva()
    {
        var description = await Rejected(d => d.Line().With("mntPrestationTVA", 4.50m), "ERR_MNT_PREST_HT_TVA");

        description.Should().Contain("45.45").And.Contain("4.50");
    }

    [Fact]
    public async Task InvoiceTotalThatIsNotTheSumOfItsLines_IsErrTotalPrestations()
    {
        var description = await Rejected(d => d.With("mntFactureTTC", 60.00m), "ERR_TOTAL_PRESTATIONS");

        description.Should().Contain("(50.00)").And.Contain("(60.00)");
    }

    [Theory]
    [InlineData("mntFactureHT", 45.451, "mntFactureHT")]
    [InlineData("inputPrestations[0].mntUnitaireTTC", 25.0001, "inputPrestations[0].mntUnitaireTTC")]
    public async Task ValueWithTooManyDecimals_IsErrFormatValeur_NamingTheField(string path, double value, string field)
    {
        var description = await Rejected(d => d.With(path, (decimal)value), "ERR_FORMAT_VALEUR");

        description.Should().Contain($"inputDemandePaiements[0].{field}");
    }

    [Fact]
    public async Task NegativeAcompte_IsErrValeurNegative_NamingTheField()
    {
        var description = await Rejected(d => d.With("mntAcompte", -5.00m), "ERR_VALEUR_NEGATIVE");

        description.Should().Contain("inputDemandePaiements[0].mntAcompte").And.Contain("-5");
    }

    [Fact]
    public async Task AcompteAboveHalfTheInvoice_IsErrMontantAcompte()
    {
        var description = await Rejected(d => d.With("mntAcompte", 25.01m).With("dateVersementAcompte", "2026-03-01T00:00:00Z"), "ERR_MONTANT_ACOMPTE");

        description.Should().Contain("50 %").And.Contain("25.01");
    }

    [Fact]
    public async Task AcompteWithoutItsDate_IsErrMontantAcompte()
    {
        var description = await Rejected(d => d.With("mntAcompte", 10.00m), "ERR_MONTANT_ACOMPTE");

        description.Should().Contain("sans dateVersementAcompte");
    }

    [Fact]
    public async Task AcompteDateWithoutAnAmount_IsErrMontantAcompte()
    {
        var description = await Rejected(d => d.With("dateVersementAcompte", "2026-03-01T00:00:00Z"), "ERR_MONTANT_ACOMPTE");

        description.Should().Contain("sans montant");
    }

    [Fact]
    public async Task SeveralBrokenAmounts_AreAllReportedOnTheItem()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var demande = TestData.Demande(idClient, TestData.NumeroFacture()).With("mntFactureTTC", 60.00m);
        demande.Line().With("mntPrestationTVA", 4.50m);

        var item = (await (await api.TransmettreAsync(demande)).ShouldBeOkJsonAsync())[0]!;

        item.ShouldBeRejectedItem().Select(Answers.CodeOf).Should().BeEquivalentTo("ERR_MNT_PREST_HT_TVA", "ERR_TOTAL_PRESTATIONS");
    }

    private async Task<string> Rejected(Action<JsonObject> breakIt, string code)
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var demande = TestData.Demande(idClient, TestData.NumeroFacture());
        breakIt(demande);
        return await (await api.TransmettreAsync(demande)).ShouldRejectOnlyItemWithAsync(code);
    }
}
