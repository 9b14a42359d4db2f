using System.Text.Json.Nodes;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Search;

/// <summary>
/// M070 answer shape (facts §3.3, D1, D6): <c>infoDemandePaiements[]</c> with the demande echoed as received (dates written
/// back as <c>…T…Z</c>) and <c>statut</c> as <c>{code, libelle}</c>.
/// </summary>
public sealed class SearchAnswerTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task Echo_CarriesEveryFieldSent_WithDatesNormalised()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var numero = TestData.NumeroFacture();
        var sent = TestData.Demande(idClient, numero)
            .With("dateNaissanceClient", "1980-03-29").With("dateFacture", "2026-03-03T00:00:00.000Z")
            .With("dateDebutEmploi", "2026-03-03T08:00Z").With("dateFinEmploi", "2026-03-03T10:00:00.250Z")
            .With("mntAcompte", 20.00m).With("dateVersementAcompte", "2026-03-01");
        sent.Line().With("codeActivite", "60A001").With("complement1", "Ménage « grand » ; repassage")
            .With("dateDebutEmploi", "2026-03-03").With("dateFinEmploi", "2026-03-03T10:00:00Z");
        var id = await api.TransmettreAccepteeAsync(sent);

        var info = (await (await api.RechercherParIdsAsync(id)).ShouldBeOkJsonAsync())["infoDemandePaiements"]![0]!.AsObject();

        var expected = (JsonObject)sent.DeepClone();
        expected.With("dateNaissanceClient", "1980-03-29T00:00:00Z").With("dateFacture", "2026-03-03T00:00:00Z")
            .With("dateDebutEmploi", "2026-03-03T08:00:00Z").With("dateFinEmploi", "2026-03-03T10:00:00.250Z")
            .With("dateVersementAcompte", "2026-03-01T00:00:00Z");
        expected.Line().With("dateDebutEmploi", "2026-03-03T00:00:00Z");
        info.Select(p => p.Key).Should().BeEquivalentTo("idDemandePaiement", "demandePaiement", "statut");
        info["idDemandePaiement"]!.GetValue<string>().Should().Be(id);
        JsonNode.DeepEquals(info["demandePaiement"], expected).Should().BeTrue(
            $"echo {info["demandePaiement"]!.ToJsonString()} should be {expected.ToJsonString()}");
    }

    [Fact]
    public async Task Statut_IsAnObjectWithCode10AndLibelleIntegree()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var id = await api.TransmettreAccepteeAsync(TestData.Demande(idClient, TestData.NumeroFacture()));

        var info = (await (await api.RechercherParIdsAsync(id)).ShouldBeOkJsonAsync())["infoDemandePaiements"]![0]!;

        JsonNode.DeepEquals(info["statut"], new JsonObject { ["code"] = "10", ["libelle"] = "Intégrée" }).Should().BeTrue(info.ToJsonString());
        info["infoRejet"].Should().BeNull();
        info["infoVirement"].Should().BeNull();
    }

    [Fact]
    public async Task Amounts_AreEchoedAsJsonNumbers()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var sent = TestData.Demande(idClient, TestData.NumeroFacture());
        sent.Line().With("quantite", 3).With("mntUnitaireTTC", 16.667m);
        var id = await api.TransmettreAccepteeAsync(sent);

        var echo = (await (await api.RechercherParIdsAsync(id)).ShouldBeOkJsonAsync())["infoDemandePaiements"]![0]!["demandePaiement"]!;

        echo["mntFactureTTC"]!.GetValue<decimal>().Should().Be(50.00m);
        echo["inputPrestations"]![0]!["mntUnitaireTTC"]!.GetValue<decimal>().Should().Be(16.667m);
        echo["inputPrestations"]![0]!["quantite"]!.GetValue<decimal>().Should().Be(3m);
    }
}
