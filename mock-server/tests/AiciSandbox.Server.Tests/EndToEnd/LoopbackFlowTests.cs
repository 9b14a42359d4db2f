using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.EndToEnd;

/// <summary>
/// The integrator's whole journey over real HTTP on 127.0.0.1 (Kestrel, not the in-memory test server), with a plain
/// <see cref="HttpClient"/> and hand-written requests: token → M010 → activation → M020 → M050 → M070.
/// </summary>
public sealed class LoopbackFlowTests(LoopbackSandboxFixture fixture) : IClassFixture<LoopbackSandboxFixture>
{
    private HttpClient Http => fixture.Client;

    [Fact]
    public async Task TokenInscriptionActivationDemandeAndSearch_WorkOverRealHttp()
    {
        var (clientId, secret) = await NewTenantAsync();
        var token = await TokenAsync(new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret, ["scope"] = "homeplus.tiersprestations",
        }), basic: null);

        var inscription = await Send(HttpMethod.Post, "/atp/v1/tiersPrestations/particulier", token, TestData.Particulier("Ledru", "Pierre Alexandre"));
        var idClient = (await inscription.ShouldBeOkJsonAsync())["idClient"]!.GetValue<string>();
        var pending = await Send(HttpMethod.Get, $"/atp/v1/tiersPrestations/particulier?idClient={idClient}", token, null);
        (await pending.ShouldBeOkJsonAsync())["statut"]!["code"]!.GetValue<string>().Should().Be("APPAREILLAGE_EC");

        (await Send(HttpMethod.Post, $"/sandbox/v1/particuliers/{idClient}/activation", token, null)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await Send(HttpMethod.Post, "/sandbox/v1/clock/advance", token, new JsonObject { ["duration"] = "P1DT4H" })).StatusCode.Should().Be(HttpStatusCode.OK);
        token = await TokenAsync(new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }), basic: (clientId, secret));

        var numero = TestData.NumeroFacture();
        var transmission = await Send(HttpMethod.Post, "/atp/v1/tiersPrestations/demandePaiement", token,
            new JsonArray(TestData.Demande(idClient, numero, day: "2026-03-02")));
        var item = (await transmission.ShouldBeOkJsonAsync())[0]!;
        item["statut"]!.GetValue<string>().Should().Be("10");

        var search = await Send(HttpMethod.Post, "/atp/v1/tiersPrestations/demandePaiement/rechercher", token,
            new JsonObject { ["idDemandePaiements"] = new JsonArray(item["idDemandePaiement"]!.GetValue<string>()) });
        var info = (await search.ShouldBeOkJsonAsync())["infoDemandePaiements"]![0]!;
        info["demandePaiement"]!["numFactureTiers"]!.GetValue<string>().Should().Be(numero);
        info["statut"]!["libelle"]!.GetValue<string>().Should().Be("Intégrée");

        var validated = await Send(HttpMethod.Get, $"/atp/v1/tiersPrestations/particulier?idClient={idClient}", token, null);
        (await validated.ShouldBeOkJsonAsync())["statut"]!["description"]!.GetValue<string>().Should().EndWith("02/03/2026 09:00:00");
        validated.Headers.GetValues("X-Sandbox-Now").Should().Equal("2026-03-03T12:00:00.000Z");
    }

    [Theory]
    [InlineData("POST", "/atp/v1/tiersPrestations/particulier")]
    [InlineData("GET", "/atp/v1/tiersPrestations/particulier?idClient=x")]
    [InlineData("POST", "/atp/v1/tiersPrestations/demandePaiement")]
    [InlineData("POST", "/atp/v1/tiersPrestations/demandePaiement/rechercher")]
    [InlineData("GET", "/sandbox/v1/clock")]
    public async Task WithoutToken_IsA401WithEmptyBodyOverRealHttp(string method, string path)
    {
        var response = await Send(new HttpMethod(method), path, token: null, method == "GET" ? null : new JsonObject());

        await response.ShouldBeEmptyAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ControlScopeToken_IsA403WithEmptyBodyOverRealHttp()
    {
        var (clientId, secret) = await NewTenantAsync();
        var token = await TokenAsync(new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret, ["scope"] = "sandbox.control",
        }), basic: null);

        var response = await Send(HttpMethod.Post, "/atp/v1/tiersPrestations/demandePaiement/rechercher", token, new JsonObject { ["numFactureTiers"] = new JsonArray("F-1") });

        await response.ShouldBeEmptyAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("/atp/v1/tiersPrestations/particuliers")]
    [InlineData("/favicon.ico")]
    [InlineData("/atp/v1/tiersPrestations/demandePaiement/annuler")]
    public async Task UnknownPath_IsA404WithEmptyBodyOverRealHttp(string path)
    {
        var response = await Send(HttpMethod.Get, path, token: null, null);

        await response.ShouldBeEmptyAsync(HttpStatusCode.NotFound);
    }

    private async Task<(string ClientId, string Secret)> NewTenantAsync()
    {
        var bootstrap = await TokenAsync(new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["scope"] = "sandbox.control",
        }), basic: (SandboxApi.DefaultClientId, SandboxApi.DefaultClientSecret));
        var created = await Send(HttpMethod.Post, "/sandbox/v1/tenants", bootstrap,
            new JsonObject { ["label"] = "loopback", ["clock"] = new JsonObject { ["start"] = "2026-03-02T08:00:00Z", ["mode"] = "manual" } });
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var tenant = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        return (tenant["clientId"]!.GetValue<string>(), tenant["clientSecret"]!.GetValue<string>());
    }

    private async Task<string> TokenAsync(HttpContent form, (string Id, string Secret)? basic)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/oauth/v1/token") { Content = form };
        if (basic is { } b) request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{b.Id}:{b.Secret}")));
        var response = await Http.SendAsync(request);
        return (await response.ShouldBeOkJsonAsync())["access_token"]!.GetValue<string>();
    }

    private async Task<HttpResponseMessage> Send(HttpMethod method, string path, string? token, JsonNode? body)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null) request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return await Http.SendAsync(request);
    }
}
