using System.Net;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests;

public sealed class SmokeTests : IAsyncLifetime
{
    private readonly SandboxHost host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Demande_FromActivatedParticulier_IsIntegratedAndFoundBySearch()
    {
        var api = await SandboxApi.CreateAsync(host.CreateClient());
        var idClient = await api.RegisterActivatedAsync(TestData.Particulier());
        await api.AdvanceAsync("P2D");
        var numero = TestData.NumeroFacture();

        var sent = await api.PostJsonAsync($"{SandboxApi.Urssaf}/demandePaiement", new System.Text.Json.Nodes.JsonArray(TestData.Demande(idClient, numero)));
        var found = await api.PostJsonAsync($"{SandboxApi.Urssaf}/demandePaiement/rechercher",
            new System.Text.Json.Nodes.JsonObject { ["numFactureTiers"] = new System.Text.Json.Nodes.JsonArray(numero) });

        sent.StatusCode.Should().Be(HttpStatusCode.OK);
        var item = (await SandboxApi.JsonOf(sent))[0]!;
        item["statut"]!.GetValue<string>().Should().Be("10");
        found.StatusCode.Should().Be(HttpStatusCode.OK, await found.Content.ReadAsStringAsync());
        var info = (await SandboxApi.JsonOf(found))["infoDemandePaiements"]![0]!;
        info["idDemandePaiement"]!.GetValue<string>().Should().Be(item["idDemandePaiement"]!.GetValue<string>());
        info["statut"]!["code"]!.GetValue<string>().Should().Be("10");
        info["statut"]!["libelle"]!.GetValue<string>().Should().Be("Intégrée");
        info["demandePaiement"]!["mntFactureTTC"]!.GetValue<decimal>().Should().Be(50.00m);
    }
}
