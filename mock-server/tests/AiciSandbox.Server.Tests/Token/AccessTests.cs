using System.Net;
using System.Text.Json.Nodes;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Token;

/// <summary>What the gateway answers before any business rule (D12): 401 and 403 without body, 404 without body.</summary>
public sealed class AccessTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    /// <summary>The four URSSAF operations, each with a body it would accept the shape of.</summary>
    public static TheoryData<string, string> Operations => new()
    {
        { "POST", UrssafCalls.Particulier },
        { "GET", UrssafCalls.Particulier + "?idClient=af0be430-908a-11eb-a8b3-0242ac130003" },
        { "POST", UrssafCalls.DemandePaiement },
        { "POST", UrssafCalls.Rechercher },
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task UrssafOperation_WithoutToken_Is401WithEmptyBodyAndABearerChallenge(string method, string path)
    {
        var api = await fixture.NewTenantAsync();
        api.UseToken(null);

        var response = await api.SendAsync(new HttpMethod(method), path, BodyFor(method, path));

        await response.ShouldBeEmptyAsync(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.Should().ContainSingle(h => h.Scheme == "Bearer");
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task UrssafOperation_WithUnknownToken_Is401WithEmptyBody(string method, string path)
    {
        var api = await fixture.NewTenantAsync();
        api.UseToken("not-a-token-the-sandbox-issued");

        var response = await api.SendAsync(new HttpMethod(method), path, BodyFor(method, path));

        await response.ShouldBeEmptyAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task UrssafOperation_WithControlScopeToken_Is403WithEmptyBody(string method, string path)
    {
        var api = await fixture.NewTenantAsync();
        await api.AuthenticateAsync("sandbox.control");

        var response = await api.SendAsync(new HttpMethod(method), path, BodyFor(method, path));

        await response.ShouldBeEmptyAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ControlScopeToken_WorksOnTheControlApi()
    {
        var api = await fixture.NewTenantAsync();
        var idClient = await api.RegisterAsync(TestData.Particulier());
        await api.AuthenticateAsync("sandbox.control");

        var clock = await api.ClockAsync();
        var activation = await api.ActiverAsync(idClient);
        var advance = await api.AdvanceClockAsync(new JsonObject { ["duration"] = "PT5M" });

        (await clock.ShouldBeOkJsonAsync())["now"]!.GetValue<string>().Should().Be("2026-03-02T08:00:00.000Z");
        (await activation.ShouldBeOkJsonAsync())["particulier"]!["statut"]!["code"]!.GetValue<string>().Should().Be("APPAREILLAGE_VALIDE");
        (await advance.ShouldBeOkJsonAsync())["clock"]!["now"]!.GetValue<string>().Should().Be("2026-03-02T08:05:00.000Z");
    }

    [Fact]
    public async Task ControlApi_WithoutToken_Is401WithEmptyBody()
    {
        var api = await fixture.NewTenantAsync();
        api.UseToken(null);

        await (await api.ClockAsync()).ShouldBeEmptyAsync(HttpStatusCode.Unauthorized);
        await (await api.AdvanceClockAsync(new JsonObject { ["duration"] = "PT1H" })).ShouldBeEmptyAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("GET", "/atp/v1/tiersPrestations/particuliers")]
    [InlineData("POST", "/atp/v1/tiersPrestations/demandesPaiement")]
    [InlineData("GET", "/atp/v2/tiersPrestations/particulier")]
    [InlineData("GET", "/ATP/v1/particulier/inconnu")]
    [InlineData("DELETE", "/nothing/here")]
    [InlineData("GET", "/sandbox/v1/nothing")]
    public async Task UnknownPath_Is404WithEmptyBody_WithOrWithoutToken(string method, string path)
    {
        var api = await fixture.NewTenantAsync();

        var withToken = await api.SendAsync(new HttpMethod(method), path, new JsonObject());
        api.UseToken(null);
        var withoutToken = await api.SendAsync(new HttpMethod(method), path, new JsonObject());

        await withToken.ShouldBeEmptyAsync(HttpStatusCode.NotFound);
        await withoutToken.ShouldBeEmptyAsync(HttpStatusCode.NotFound);
    }

    private static JsonNode BodyFor(string method, string path) => (method, path) switch
    {
        ("GET", _) => null!,
        (_, UrssafCalls.Particulier) => TestData.Particulier(),
        (_, UrssafCalls.DemandePaiement) => new JsonArray(TestData.Demande(Guid.NewGuid().ToString(), TestData.NumeroFacture())),
        _ => new JsonObject { ["numFactureTiers"] = new JsonArray("FAC-1") },
    };
}
