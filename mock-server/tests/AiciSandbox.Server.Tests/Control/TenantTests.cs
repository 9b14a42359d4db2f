using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Control;

/// <summary><c>POST /sandbox/v1/tenants</c>: isolated tenants with their own credentials and clock (openapi/sandbox-control.v1.yaml).</summary>
public sealed class TenantTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task NewTenant_Is201WithCredentialsUrlsAndAManualClockAtTheRequestedStart()
    {
        var response = await CreateTenant(new JsonObject { ["label"] = "ci-run-42", ["clock"] = new JsonObject { ["start"] = "2026-03-02T08:00:00Z" } });

        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        body!["label"]!.GetValue<string>().Should().Be("ci-run-42");
        body["clientId"]!.GetValue<string>().Should().StartWith("sbx_");
        body["clientSecret"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
        body["tokenUrl"]!.GetValue<string>().Should().EndWith("/api/oauth/v1/token");
        body["apiBaseUrl"]!.GetValue<string>().Should().EndWith("/atp/v1/tiersPrestations");
        JsonNode.DeepEquals(body["clock"], new JsonObject
        {
            ["mode"] = "manual", ["speed"] = 1, ["now"] = "2026-03-02T08:00:00.000Z", ["nowParis"] = "2026-03-02T09:00:00+01:00",
        }).Should().BeTrue(body["clock"]!.ToJsonString());
    }

    [Fact]
    public async Task NewTenantsCredentials_ObtainATokenThatWorks()
    {
        var body = await (await CreateTenant(new JsonObject())).Content.ReadFromJsonAsync<JsonObject>();
        var api = new SandboxApi(fixture.Client, body!["clientId"]!.GetValue<string>(), body["clientSecret"]!.GetValue<string>());

        await api.AuthenticateAsync();

        (await api.ClockAsync()).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task NewTenantWithoutBody_IsCreatedWithDefaults()
    {
        var response = await SendToTenants(null);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        (await response.Content.ReadFromJsonAsync<JsonObject>())!["clock"]!["mode"]!.GetValue<string>().Should().Be("manual");
    }

    [Theory]
    [InlineData("""{"clock":{"start":"demain"}}""", "INVALID_CLOCK_START")]
    [InlineData("""{"clock":{"mode":"fast"}}""", "INVALID_CLOCK_MODE")]
    [InlineData("""{"clock":{"mode":"accelerated","speed":0}}""", "CLOCK_SPEED")]
    [InlineData("""{"clock":{"mode":"accelerated","speed":1e9}}""", "CLOCK_SPEED")]
    [InlineData("""{"clock":"2026-03-02"}""", "INVALID_BODY")]
    public async Task InvalidSettings_AreAProblemWithAStableCode(string json, string code)
    {
        var response = await SendToTenants(new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, code);
    }

    private Task<HttpResponseMessage> CreateTenant(JsonObject body) =>
        SendToTenants(new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

    private async Task<HttpResponseMessage> SendToTenants(HttpContent? content)
    {
        var token = await SandboxApi.TokenAsync(fixture.Client, SandboxApi.DefaultClientId, SandboxApi.DefaultClientSecret, "sandbox.control");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/sandbox/v1/tenants") { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await fixture.Client.SendAsync(request);
    }
}
