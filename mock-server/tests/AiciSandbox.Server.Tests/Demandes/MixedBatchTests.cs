using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Demandes;

/// <summary>
/// A well-formed batch mixing valid and invalid demandes (D4): one answer item per input item, in input order; the valid
/// ones are integrated and searchable, the rejected ones carry their errors and are not stored.
/// </summary>
public sealed class MixedBatchTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task MixedBatch_AnswersEveryItemInOrder_StoresOnlyTheValidOnes()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var numeros = Enumerable.Range(0, 5).Select(i => $"MIX-{i}-{TestData.NumeroFacture()}").ToArray();
        var batch = new[]
        {
            TestData.Demande(idClient, numeros[0]),
            TestData.Demande(Guid.NewGuid().ToString(), numeros[1]),
            TestData.Demande(idClient, numeros[2]),
            TestData.Demande(idClient, numeros[3]).With("mntFactureTTC", 70.00m),
            TestData.Demande(idClient, numeros[4], day: "2026-03-04"),
        };

        var items = (await (await api.TransmettreAsync(batch)).ShouldBeOkJsonAsync()).AsArray();

        items.Select(i => i!["numFactureTiers"]!.GetValue<string>()).Should().Equal(numeros);
        items.Select(i => i!["statut"]?.GetValue<string>()).Should().Equal("10", null, "10", null, null);
        items[1]!.ShouldBeRejectedItem().Select(Answers.CodeOf).Should().Equal("ERR_PARTICULIER_INCONNU");
        items[3]!.ShouldBeRejectedItem().Select(Answers.CodeOf).Should().Equal("ERR_TOTAL_PRESTATIONS");
        items[4]!.ShouldBeRejectedItem().Select(Answers.CodeOf).Should().Equal("ERR_DATE_FUTUR");

        var found = (await (await api.RechercherParNumerosAsync(numeros)).ShouldBeOkJsonAsync())["infoDemandePaiements"]!.AsArray();
        found.Select(f => f!["demandePaiement"]!["numFactureTiers"]!.GetValue<string>()).Should().Equal(numeros[0], numeros[2]);
        found.Select(f => f!["idDemandePaiement"]!.GetValue<string>())
            .Should().Equal(items[0]!["idDemandePaiement"]!.GetValue<string>(), items[2]!["idDemandePaiement"]!.GetValue<string>());
        await (await api.RechercherParNumerosAsync(numeros[1], numeros[3], numeros[4])).ShouldBeOnlyErrorAsync("ERR_RECHERCHE_VIDE");
    }

    [Fact]
    public async Task ItemErrorsDescribeTheirOwnIndex()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var second = TestData.Demande(idClient, TestData.NumeroFacture());
        second.Line().With("complement2", "SAP1");

        var items = (await (await api.TransmettreAsync(TestData.Demande(idClient, TestData.NumeroFacture()), second)).ShouldBeOkJsonAsync()).AsArray();

        items[0]!["statut"]!.GetValue<string>().Should().Be("10");
        items[1]!.ShouldBeRejectedItem().Should().ContainSingle().Which["description"]!.GetValue<string>()
            .Should().StartWith("inputDemandePaiements[1].inputPrestations[0]");
    }
}
