using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Integrators;

/// <summary>
/// Requests written byte for byte the way production integrators send them (facts §0 sources): Python's
/// <c>json.dumps</c> with floats and <c>isoformat()</c> dates (CAERP), JavaScript's <c>toISOString()</c> and HTTP Basic
/// (AIRTABLE-JS, COURSTROMPETTE), both status parameters (ARBOBOARD). They must get the answers those integrators rely on.
/// </summary>
public sealed partial class IntegratorStyleTests : IAsyncLifetime
{
    private readonly SandboxHost host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task PythonClient_FloatsAndIsoformatDates_OneDemandePerCall_IsIntegrated()
    {
        var api = await SandboxApi.CreateAsync(host.CreateClient());
        var idClient = await api.RegisterActivatedAsync(TestData.Particulier(dateNaissance: "1980-03-29T00:00:00Z"));
        await api.AdvanceAsync("P3D");
        // json.dumps(..., default separators): floats with ".0", a 3-decimal unit price, isoformat() + "Z".
        var body = "[{\"idTiersFacturation\": \"menage.fr\", \"idClient\": \"" + idClient + "\", " +
                   "\"dateNaissanceClient\": \"1980-03-29T00:00:00Z\", \"numFactureTiers\": \"F2026-031\", " +
                   "\"dateFacture\": \"2026-03-04T00:00:00Z\", \"dateDebutEmploi\": \"2026-03-03T00:00:00Z\", " +
                   "\"dateFinEmploi\": \"2026-03-04T00:00:00Z\", \"mntFactureTTC\": 12.03, \"mntFactureHT\": 10.94, " +
                   "\"inputPrestations\": [{\"codeNature\": \"60\", \"quantite\": 2.0, \"unite\": \"HEURE\", " +
                   "\"mntUnitaireTTC\": 6.015, \"mntPrestationTTC\": 12.03, \"mntPrestationHT\": 10.94, " +
                   "\"mntPrestationTVA\": 1.09, \"complement2\": \"SIR12345678900017\"}]}]";

        var response = await PostRawAsync(api, "/demandePaiement", body);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var item = (await SandboxApi.JsonOf(response))[0]!;
        item["statut"]!.GetValue<string>().Should().Be("10", "CAERP asserts response['statut'] == '10'");
        item["errors"].Should().BeNull();
    }

    [Fact]
    public async Task PythonClient_HealthCheckSearchIn2053_GetsErrRechercheVide()
    {
        var api = await SandboxApi.CreateAsync(host.CreateClient());

        var response = await PostRawAsync(api, "/demandePaiement/rechercher", "{\"dateDebut\": \"2053-01-01T00:00:00\", \"dateFin\": null}");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await SandboxApi.ErrorCodesOf(response)).Should().Equal("ERR_RECHERCHE_VIDE");
    }

    [Fact]
    public async Task JavaScriptClient_BasicAuthAndToIsoStringDates_SendsAWindowAfterTheActivationDescription()
    {
        var http = host.CreateClient();
        var api = await SandboxApi.CreateAsync(http);
        await AuthenticateWithBasicAsync(api);
        var particulier = TestData.Particulier(dateNaissance: "1980-03-28T23:00:00.000Z");
        particulier["lieuNaissance"]!["communeNaissance"]!["codeCommune"] = "44109";
        var idClient = await api.RegisterActivatedAsync(particulier);
        await api.AdvanceAsync("PT2H");
        await AuthenticateWithBasicAsync(api);

        var status = await SandboxApi.JsonOf(await api.GetAsync($"{SandboxApi.Urssaf}/particulier?idClient={idClient}"));
        var availableSince = AvailableSince(status["statut"]!["description"]!.GetValue<string>());
        var start = availableSince.AddMinutes(5).ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        var end = availableSince.AddMinutes(25).ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        var body = $$"""
            [{"idTiersFacturation":"1081230","idClient":"{{idClient}}","dateNaissanceClient":"1980-03-28T23:00:00.000Z",
              "numFactureTiers":"FACT-SANDBOX-202603020900","dateFacture":"{{end}}","dateDebutEmploi":"{{start}}","dateFinEmploi":"{{end}}",
              "mntFactureTTC":50,"mntFactureHT":41.67,
              "inputPrestations":[{"codeActivite":"100A001","codeNature":"100","quantite":1,"unite":"FORFAIT","mntUnitaireTTC":50,
                "mntPrestationTTC":50,"mntPrestationHT":41.67,"mntPrestationTVA":8.33,"complement2":"SIR12345678900017"}]}]
            """;

        var response = await PostRawAsync(api, "/demandePaiement", body);

        status["statut"]!["etat"]!.GetValue<string>().Should().Be("OK");
        var item = (await SandboxApi.JsonOf(response))[0]!;
        item["errors"].Should().BeNull(item.ToJsonString());
        item["statut"]!.GetValue<string>().Should().Be("10");
    }

    [Fact]
    public async Task StatusByIdAndEmail_AsArboBoardSendsIt_ReturnsTheParticulierObject()
    {
        var api = await SandboxApi.CreateAsync(host.CreateClient());
        var particulier = TestData.Particulier();
        var idClient = await api.RegisterAsync(particulier);
        var email = Uri.EscapeDataString(particulier["adresseMail"]!.GetValue<string>());

        var response = await api.GetAsync($"{SandboxApi.Urssaf}/particulier?idClient={idClient}&adresseMail={email}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await SandboxApi.JsonOf(response);
        body["idClient"]!.GetValue<string>().Should().Be(idClient);
        body["statut"]!["code"]!.GetValue<string>().Should().Be("APPAREILLAGE_EC");
        body["statut"]!["etat"]!.GetValue<string>().Should().Be("KO");
    }

    /// <summary>AIRTABLE-JS and COURSTROMPETTE: <c>Authorization: Basic</c> plus <c>grant_type</c> and <c>scope</c> in the body.</summary>
    private static async Task AuthenticateWithBasicAsync(SandboxApi api)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/oauth/v1/token")
        {
            Content = new StringContent("grant_type=client_credentials&scope=homeplus.tiersprestations", Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{api.ClientId}:{api.ClientSecret}")));
        var response = await api.Http.SendAsync(request);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var token = (await SandboxApi.JsonOf(response))["access_token"]!.GetValue<string>();
        api.UseToken(token);
    }

    /// <summary>COURSTROMPETTE's parser of the activation date-time in the status description (Paris wall-clock time).</summary>
    private static DateTimeOffset AvailableSince(string description)
    {
        var match = ActivationDate().Match(description);
        match.Success.Should().BeTrue(description);
        var local = DateTime.ParseExact(match.Value, "dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture);
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        return new DateTimeOffset(local, paris.GetUtcOffset(local));
    }

    private static Task<HttpResponseMessage> PostRawAsync(SandboxApi api, string path, string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, SandboxApi.Urssaf + path)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", api.Token);
        return api.Http.SendAsync(request);
    }

    [GeneratedRegex(@"\d{2}/\d{2}/\d{4}\s+\d{2}:\d{2}:\d{2}")]
    private static partial Regex ActivationDate();
}
