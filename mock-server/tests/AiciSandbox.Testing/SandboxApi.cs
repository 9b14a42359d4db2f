using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AiciSandbox.Testing;

/// <summary>
/// A test's handle on one tenant: its credentials and an <see cref="HttpClient"/> that carries its bearer token.
/// Each test creates its own tenant (<see cref="CreateAsync"/>), so tests never see each other's data.
/// </summary>
public sealed class SandboxApi(HttpClient http, string clientId, string clientSecret)
{
    public const string DefaultClientId = "sandbox-demo";
    public const string DefaultClientSecret = "sandbox-demo-secret";
    public const string Urssaf = "/atp/v1/tiersPrestations";

    public HttpClient Http { get; } = http;
    public string ClientId { get; } = clientId;
    public string ClientSecret { get; } = clientSecret;

    /// <summary>Creates a fresh tenant in manual clock mode starting at <paramref name="clockStart"/>, with an API token.</summary>
    public static async Task<SandboxApi> CreateAsync(HttpClient http, string clockStart = "2026-03-02T08:00:00Z", string mode = "manual")
    {
        var admin = new HttpClient { BaseAddress = http.BaseAddress };
        var bootstrap = await TokenAsync(http, DefaultClientId, DefaultClientSecret, "sandbox.control");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/sandbox/v1/tenants")
        {
            Content = JsonContent.Create(new { label = "test", clock = new { start = clockStart, mode } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bootstrap);
        var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var tenant = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var api = new SandboxApi(http, tenant["clientId"]!.GetValue<string>(), tenant["clientSecret"]!.GetValue<string>());
        await api.AuthenticateAsync();
        admin.Dispose();
        return api;
    }

    public string? Token { get; private set; }

    /// <summary>Uses <paramref name="token"/> (or no token at all) from now on, e.g. one obtained with HTTP Basic.</summary>
    public void UseToken(string? token) => Token = token;

    /// <summary>Gets a token for this tenant (client_secret_post) and uses it from now on.</summary>
    public async Task AuthenticateAsync(string scope = "homeplus.tiersprestations") =>
        Token = await TokenAsync(Http, ClientId, ClientSecret, scope);

    public static async Task<string> TokenAsync(HttpClient http, string clientId, string secret, string scope)
    {
        var response = await RequestTokenAsync(http, clientId, secret, scope);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["access_token"]!.GetValue<string>();
    }

    /// <summary>A client_credentials token request by form (client_secret_post), its answer whatever it is; no scope when null.</summary>
    public static Task<HttpResponseMessage> RequestTokenAsync(HttpClient http, string clientId, string secret, string? scope = null)
    {
        var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret };
        if (scope is not null) form["scope"] = scope;
        return http.PostAsync("/api/oauth/v1/token", new FormUrlEncodedContent(form));
    }

    public Task<HttpResponseMessage> PostJsonAsync(string path, JsonNode? body) => SendAsync(HttpMethod.Post, path, body);

    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(HttpMethod.Get, path, null);

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, JsonNode? body)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null) request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        if (Token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return await Http.SendAsync(request);
    }

    /// <summary>Registers a particulier and returns its idClient; fails the test when the sandbox refuses.</summary>
    public async Task<string> RegisterAsync(JsonObject particulier)
    {
        var response = await PostJsonAsync($"{Urssaf}/particulier", particulier);
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue(body);
        return JsonNode.Parse(body)!["idClient"]!.GetValue<string>();
    }

    /// <summary>Registers and activates a particulier (control API), the usual precondition of a demande.</summary>
    public async Task<string> RegisterActivatedAsync(JsonObject particulier)
    {
        var id = await RegisterAsync(particulier);
        var response = await PostJsonAsync($"/sandbox/v1/particuliers/{id}/activation", null);
        response.EnsureSuccessStatusCode();
        return id;
    }

    /// <summary>
    /// Moves this tenant's simulated clock forward (ISO-8601 duration), then takes a new token, since a move of an hour or
    /// more expires the current one (tests of expiry call the control API directly).
    /// </summary>
    public async Task AdvanceAsync(string duration)
    {
        var response = await PostJsonAsync("/sandbox/v1/clock/advance", new JsonObject { ["duration"] = duration });
        response.EnsureSuccessStatusCode();
        await AuthenticateAsync();
    }

    public static async Task<JsonNode> JsonOf(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    /// <summary>The codes of a URSSAF error array.</summary>
    public static async Task<IReadOnlyList<string>> ErrorCodesOf(HttpResponseMessage response) =>
        (await JsonOf(response)).AsArray().Select(e => e!["code"]!.GetValue<string>()).ToList();

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
