using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Token;

/// <summary><c>POST /api/oauth/v1/token</c>: client credentials by form (client_secret_post) or HTTP Basic, RFC 6749 errors (D9).</summary>
public sealed class TokenEndpointTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private const string TokenPath = "/api/oauth/v1/token";

    [Fact]
    public async Task ClientSecretPost_WithTheTenantsCredentials_IssuesAnOpaqueBearerTokenForOneHour()
    {
        var api = await fixture.NewTenantAsync();

        var response = await PostForm(Form(api.ClientId, api.ClientSecret));

        var token = (await response.ShouldBeOkJsonAsync()).AsObject();
        token["token_type"]!.GetValue<string>().Should().Be("Bearer");
        token["expires_in"]!.GetValue<int>().Should().Be(3600);
        token["scope"]!.GetValue<string>().Should().Be("homeplus.tiersprestations");
        token["access_token"]!.GetValue<string>().Should().NotContain(".", "the token is opaque, not a JWT");
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        response.Headers.GetValues("X-Sandbox-Now").Should().Equal("2026-03-02T08:00:00.000Z");
    }

    [Fact]
    public async Task HttpBasic_WithTheTenantsCredentials_IssuesATokenThatTheApiAccepts()
    {
        var api = await fixture.NewTenantAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, TokenPath)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["scope"] = "homeplus.tiersprestations" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{api.ClientId}:{api.ClientSecret}")));

        var response = await fixture.Client.SendAsync(request);

        var token = (await response.ShouldBeOkJsonAsync())["access_token"]!.GetValue<string>();
        api.UseToken(token);
        await (await api.StatutAsync(idClient: Guid.NewGuid().ToString())).ShouldBeOnlyErrorAsync("ERR_RECHERCHE_PARTICULIER");
    }

    [Fact]
    public async Task WrongSecret_IsRefusedAsInvalidClientWith401()
    {
        var api = await fixture.NewTenantAsync();

        var response = await PostForm(Form(api.ClientId, api.ClientSecret + "x"));

        await response.ShouldBeOAuthErrorAsync(HttpStatusCode.Unauthorized, "invalid_client");
    }

    [Fact]
    public async Task WrongSecretInHttpBasic_IsRefusedAsInvalidClientWithABasicChallenge()
    {
        var api = await fixture.NewTenantAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, TokenPath)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{api.ClientId}:nope")));

        var response = await fixture.Client.SendAsync(request);

        await response.ShouldBeOAuthErrorAsync(HttpStatusCode.Unauthorized, "invalid_client");
        response.Headers.WwwAuthenticate.Should().ContainSingle(h => h.Scheme == "Basic");
    }

    [Fact]
    public async Task UnknownClientId_IsRefusedAsInvalidClient()
    {
        var response = await PostForm(Form("sbx_0000000000000000", "whatever"));

        await response.ShouldBeOAuthErrorAsync(HttpStatusCode.Unauthorized, "invalid_client");
    }

    [Fact]
    public async Task PasswordGrant_IsRefusedAsUnsupportedGrantType()
    {
        var api = await fixture.NewTenantAsync();
        var form = Form(api.ClientId, api.ClientSecret);
        form["grant_type"] = "password";
        form["username"] = "jean";
        form["password"] = "secret";

        var response = await PostForm(form);

        var error = await response.ShouldBeOAuthErrorAsync(HttpStatusCode.BadRequest, "unsupported_grant_type");
        error["error_description"]!.GetValue<string>().Should().Contain("client_credentials");
    }

    [Fact]
    public async Task MissingGrantType_IsAnInvalidRequest()
    {
        var api = await fixture.NewTenantAsync();
        var form = Form(api.ClientId, api.ClientSecret);
        form.Remove("grant_type");

        var response = await PostForm(form);

        (await response.ShouldBeOAuthErrorAsync(HttpStatusCode.BadRequest, "invalid_request"))["error_description"]!
            .GetValue<string>().Should().Contain("grant_type");
    }

    [Fact]
    public async Task UnknownScope_IsRefusedAsInvalidScope()
    {
        var api = await fixture.NewTenantAsync();
        var form = Form(api.ClientId, api.ClientSecret);
        form["scope"] = "homeplus.tiersprestations admin";

        var response = await PostForm(form);

        (await response.ShouldBeOAuthErrorAsync(HttpStatusCode.BadRequest, "invalid_scope"))["error_description"]!
            .GetValue<string>().Should().Contain("admin");
    }

    [Fact]
    public async Task JsonBody_IsAnInvalidRequest()
    {
        var api = await fixture.NewTenantAsync();
        var json = new JsonObject { ["grant_type"] = "client_credentials", ["client_id"] = api.ClientId, ["client_secret"] = api.ClientSecret };

        var response = await fixture.Client.PostAsync(TokenPath, new StringContent(json.ToJsonString(), Encoding.UTF8, "application/json"));

        (await response.ShouldBeOAuthErrorAsync(HttpStatusCode.BadRequest, "invalid_request"))["error_description"]!
            .GetValue<string>().Should().Contain("x-www-form-urlencoded");
    }

    [Fact]
    public async Task BothScopes_MayBeRequestedTogether()
    {
        var api = await fixture.NewTenantAsync();
        var form = Form(api.ClientId, api.ClientSecret);
        form["scope"] = "homeplus.tiersprestations sandbox.control";

        var token = (await (await PostForm(form)).ShouldBeOkJsonAsync()).AsObject();

        token["scope"]!.GetValue<string>().Split(' ').Should().BeEquivalentTo("homeplus.tiersprestations", "sandbox.control");
    }

    [Fact]
    public async Task OneToken_IsReusedAcrossManyCalls()
    {
        var api = await fixture.NewTenantAsync();
        var token = api.Token;

        var idClient = await api.RegisterAsync(TestData.Particulier());
        var statut = await api.StatutAsync(idClient);
        var clock = await api.ClockAsync();
        var search = await api.RechercherParNumerosAsync("FAC-ABSENTE");

        await statut.ShouldBeOkJsonAsync();
        clock.StatusCode.Should().Be(HttpStatusCode.OK);
        await search.ShouldBeOnlyErrorAsync("ERR_RECHERCHE_VIDE");
        var journal = await api.JournalAsync();
        journal.Select(e => e.Text("entry.path")).Should().Equal(
            TokenPath, UrssafCalls.Particulier, UrssafCalls.Particulier, $"{ControlCalls.Base}/clock", UrssafCalls.Rechercher);
        journal.Skip(1).Select(e => e.Text("entry.requestHeaders.Authorization"))
            .Should().AllBe("Bearer " + TimelineCalls.Fingerprint(token!), "the server saw the one token issued, on every call");
    }

    private static Dictionary<string, string> Form(string clientId, string secret) => new()
    {
        ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret,
    };

    private Task<HttpResponseMessage> PostForm(Dictionary<string, string> form) =>
        fixture.Client.PostAsync(TokenPath, new FormUrlEncodedContent(form));
}
