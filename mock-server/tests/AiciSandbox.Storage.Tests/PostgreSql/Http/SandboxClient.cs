using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace AiciSandbox.Storage.Tests.PostgreSql.Http;

/// <summary>
/// One tenant of the sandbox seen from an integrator: its credentials and the bearer token it currently uses (copied, in
/// short, from the server tests' <c>SandboxApi</c>).
/// </summary>
internal sealed class SandboxClient(HttpClient http, string clientId, string clientSecret)
{
    public const string Urssaf = "/atp/v1/tiersPrestations";
    private const string DefaultClientId = "sandbox-demo";
    private const string DefaultClientSecret = "sandbox-demo-secret";

    public string? Token { get; private set; }

    /// <summary>Creates a tenant whose clock is manual and starts at <paramref name="clockStart"/>, through the default tenant.</summary>
    public static async Task<SandboxClient> CreateTenantAsync(HttpClient http, string clockStart)
    {
        var control = await TokenAsync(http, DefaultClientId, DefaultClientSecret, "sandbox.control");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/sandbox/v1/tenants")
        {
            Content = JsonContent.Create(new { label = "storage-e2e", clock = new { start = clockStart, mode = "manual" } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", control);
        var response = await http.SendAsync(request);
        var tenant = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        response.IsSuccessStatusCode.Should().BeTrue(tenant.ToJsonString());
        return new SandboxClient(http, tenant["clientId"]!.GetValue<string>(), tenant["clientSecret"]!.GetValue<string>());
    }

    /// <summary>Takes a new API token (client_secret_post) and uses it from now on.</summary>
    public async Task AuthenticateAsync() => Token = await TokenAsync(http, clientId, clientSecret, "homeplus.tiersprestations");

    public async Task<(HttpResponseMessage Response, JsonNode? Body)> PostAsync(string path, JsonNode? body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path);
        if (body is not null) request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        if (Token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    private static async Task<string> TokenAsync(HttpClient http, string clientId, string secret, string scope)
    {
        var response = await http.PostAsync("/api/oauth/v1/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret, ["scope"] = scope,
        }));
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue(body);
        return JsonNode.Parse(body)!["access_token"]!.GetValue<string>();
    }
}
