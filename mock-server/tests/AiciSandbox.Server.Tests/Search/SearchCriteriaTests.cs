using System.Text.Json.Nodes;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Search;

/// <summary>
/// M070 <c>POST /demandePaiement/rechercher</c> criteria (facts §2.4, D5): ids, else invoice numbers, else the period on
/// <c>dateFacture</c> with inclusive bounds; ids win over everything (doc v1.1.7).
/// </summary>
public sealed class SearchCriteriaTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task ByIds_ReturnsThemInTheOrderOfTheRequest()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var ids = new List<string>();
        foreach (var day in new[] { "2026-03-02", "2026-03-03", "2026-03-03" })
            ids.Add(await api.TransmettreAccepteeAsync(TestData.Demande(idClient, TestData.NumeroFacture(), day: day)));
        var asked = new[] { ids[2], ids[0], ids[1] };

        var found = await Found(await api.RechercherParIdsAsync(asked));

        found.Select(f => f["idDemandePaiement"]!.GetValue<string>()).Should().Equal(asked);
    }

    [Fact]
    public async Task ByIds_IgnoresUnknownIdsBesideKnownOnes()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var id = await api.TransmettreAccepteeAsync(TestData.Demande(idClient, TestData.NumeroFacture()));

        var found = await Found(await api.RechercherParIdsAsync(Guid.NewGuid().ToString(), id));

        found.Select(f => f["idDemandePaiement"]!.GetValue<string>()).Should().Equal(id);
    }

    [Fact]
    public async Task ByNumFactureTiers_ReturnsThemInTheOrderOfTheRequest()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var (a, b) = ($"A-{TestData.NumeroFacture()}", $"B-{TestData.NumeroFacture()}");
        await api.TransmettreAccepteeAsync(TestData.Demande(idClient, a));
        await api.TransmettreAccepteeAsync(TestData.Demande(idClient, b));

        var found = await Found(await api.RechercherParNumerosAsync(b, a));

        found.Select(f => f["demandePaiement"]!["numFactureTiers"]!.GetValue<string>()).Should().Equal(b, a);
    }

    [Theory]
    [InlineData("2026-03-03", "2026-03-04", new[] { "03", "04" })]
    [InlineData("2026-03-04T00:00:00Z", "2026-03-04T00:00:00Z", new[] { "04" })]
    [InlineData("2026-03-04T00:00:00", null, new[] { "04", "05" })]
    [InlineData(null, "2026-03-03", new[] { "02", "03" })]
    public async Task ByPeriod_OnDateFacture_WithInclusiveBounds(string? dateDebut, string? dateFin, string[] days)
    {
        var api = await fixture.NewTenantAsync();
        var idClient = await api.RegisterActivatedAsync(TestData.Particulier());
        await api.AdvanceAsync("P4D");
        var numeroOfDay = new Dictionary<string, string>();
        foreach (var day in new[] { "02", "03", "04", "05" })
        {
            numeroOfDay[day] = TestData.NumeroFacture();
            await api.TransmettreAccepteeAsync(TestData.Demande(idClient, numeroOfDay[day], day: $"2026-03-{day}"));
        }

        var found = await Found(await api.RechercherAsync(new JsonObject { ["dateDebut"] = dateDebut, ["dateFin"] = dateFin }));

        found.Select(f => f["demandePaiement"]!["numFactureTiers"]!.GetValue<string>()).Should().Equal(days.Select(d => numeroOfDay[d]));
    }

    [Fact]
    public async Task IdsWinOverNumbersAndPeriod()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var byId = await api.TransmettreAccepteeAsync(TestData.Demande(idClient, TestData.NumeroFacture(), day: "2026-03-02"));
        var otherNumero = TestData.NumeroFacture();
        await api.TransmettreAccepteeAsync(TestData.Demande(idClient, otherNumero, day: "2026-03-03"));

        var found = await Found(await api.RechercherAsync(new JsonObject
        {
            ["idDemandePaiements"] = new JsonArray(byId), ["numFactureTiers"] = new JsonArray(otherNumero),
            ["dateDebut"] = "2026-03-01T00:00:00Z", ["dateFin"] = "2026-03-31T00:00:00Z",
        }));

        found.Select(f => f["idDemandePaiement"]!.GetValue<string>()).Should().Equal(byId);
    }

    [Fact]
    public async Task NumbersWinOverPeriod()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var numero = TestData.NumeroFacture();
        await api.TransmettreAccepteeAsync(TestData.Demande(idClient, numero, day: "2026-03-02"));
        await api.TransmettreAccepteeAsync(TestData.Demande(idClient, TestData.NumeroFacture(), day: "2026-03-03"));

        var found = await Found(await api.RechercherAsync(new JsonObject
        {
            ["numFactureTiers"] = new JsonArray(numero), ["dateDebut"] = "2026-03-01", ["dateFin"] = "2026-03-31",
        }));

        found.Select(f => f["demandePaiement"]!["numFactureTiers"]!.GetValue<string>()).Should().Equal(numero);
    }

    [Fact]
    public async Task EmptyOrBlankIds_FallBackToTheNextCriterion()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var numero = TestData.NumeroFacture();
        await api.TransmettreAccepteeAsync(TestData.Demande(idClient, numero));

        var found = await Found(await api.RechercherAsync(new JsonObject
        {
            ["idDemandePaiements"] = new JsonArray("", " "), ["numFactureTiers"] = new JsonArray(numero),
        }));

        found.Should().ContainSingle();
    }

    private static async Task<IReadOnlyList<JsonNode>> Found(HttpResponseMessage response)
    {
        var body = (await response.ShouldBeOkJsonAsync()).AsObject();
        body.ContainsKey("errors").Should().BeFalse();
        return body["infoDemandePaiements"]!.AsArray().Select(i => i!).ToList();
    }
}
