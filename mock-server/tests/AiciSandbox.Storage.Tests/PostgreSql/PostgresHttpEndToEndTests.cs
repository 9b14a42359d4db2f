using System.Net;
using System.Text.Json.Nodes;
using AiciSandbox.Storage.Tests.Support;
using AiciSandbox.Testing;

namespace AiciSandbox.Storage.Tests.PostgreSql;

/// <summary>
/// The whole sandbox on PostgreSQL, over real HTTP: an integrator's first day, from the token to the search of its first
/// demande de paiement. Every store operation the API uses runs against the collection's PostgreSQL server.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresHttpEndToEndTests(PostgresServer server)
{
    private readonly PostgresDatabase database = server.DatabaseFor(typeof(PostgresHttpEndToEndTests));

    [StorageFact]
    public async Task Integrator_RegistersAParticulier_SubmitsAndFindsADemande_OnPostgreSql()
    {
        await using var host = new SandboxHost()
            .With("Sandbox:Storage:Provider", "PostgreSql")
            .With("Sandbox:Storage:PostgresConnectionString", await database.ConnectionStringAsync());
        using var http = new HttpClient { BaseAddress = host.StartOnLoopback() };
        http.BaseAddress!.Host.Should().Be("127.0.0.1");
        var api = await SandboxApi.CreateAsync(http, clockStart: "2026-03-02T08:00:00Z");

        var (registered, particulier) = await Call(api, $"{SandboxApi.Urssaf}/particulier", TestData.Particulier());
        registered.StatusCode.Should().Be(HttpStatusCode.OK, particulier?.ToJsonString());
        var idClient = particulier!["idClient"]!.GetValue<string>();
        var (activated, _) = await Call(api, $"/sandbox/v1/particuliers/{idClient}/activation", null);
        activated.StatusCode.Should().Be(HttpStatusCode.OK);

        var (advanced, clock) = await Call(api, "/sandbox/v1/clock/advance", new JsonObject { ["duration"] = "P2D" });
        advanced.StatusCode.Should().Be(HttpStatusCode.OK, clock?.ToJsonString());
        var (stale, _) = await Call(api, $"{SandboxApi.Urssaf}/demandePaiement/rechercher", new JsonObject { ["dateDebut"] = "2026-03-01" });
        stale.StatusCode.Should().Be(HttpStatusCode.Unauthorized, "a token lives 1 h of simulated time");
        await api.AuthenticateAsync();

        var numero = TestData.NumeroFacture();
        var (sent, accepted) = await Call(api, $"{SandboxApi.Urssaf}/demandePaiement",
            new JsonArray(TestData.Demande(idClient, numero, day: "2026-03-03")));
        sent.StatusCode.Should().Be(HttpStatusCode.OK, accepted?.ToJsonString());
        accepted![0]!["statut"]!.GetValue<string>().Should().Be("10");
        var idDemande = accepted[0]!["idDemandePaiement"]!.GetValue<string>();

        var (byNumero, found) = await Call(api, $"{SandboxApi.Urssaf}/demandePaiement/rechercher",
            new JsonObject { ["numFactureTiers"] = new JsonArray(numero) });
        var (byPeriod, inMarch) = await Call(api, $"{SandboxApi.Urssaf}/demandePaiement/rechercher",
            new JsonObject { ["dateDebut"] = "2026-03-03T00:00:00Z", ["dateFin"] = "2026-03-03T00:00:00Z" });

        byNumero.StatusCode.Should().Be(HttpStatusCode.OK, found?.ToJsonString());
        var info = found!["infoDemandePaiements"]!.AsArray().Should().ContainSingle().Subject!;
        info["idDemandePaiement"]!.GetValue<string>().Should().Be(idDemande);
        info["statut"]!["libelle"]!.GetValue<string>().Should().Be("Intégrée");
        info["demandePaiement"]!["mntFactureTTC"]!.ToJsonString().Should().Be("50.00");
        byPeriod.StatusCode.Should().Be(HttpStatusCode.OK, inMarch?.ToJsonString());
        inMarch!["infoDemandePaiements"]![0]!["idDemandePaiement"]!.GetValue<string>().Should().Be(idDemande);
    }

    private static async Task<(HttpResponseMessage Response, JsonNode? Body)> Call(SandboxApi api, string path, JsonNode? body)
    {
        var response = await api.PostJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Length == 0 ? null : JsonNode.Parse(text));
    }
}
