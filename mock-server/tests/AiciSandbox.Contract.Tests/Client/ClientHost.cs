using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AiciSandbox.Contract.Tests.Generated;
using AiciSandbox.Testing;

namespace AiciSandbox.Contract.Tests.Client;

/// <summary>
/// The sandbox in-process on its own SQLite file, with helpers for what the generated client cannot do: create a tenant,
/// activate a particulier and move the clock (the control API is not part of the URSSAF contract).
/// </summary>
public sealed class ClientHost : IAsyncDisposable
{
    private readonly SandboxHost host = new();

    /// <summary>A fresh tenant (manual clock at <paramref name="clockStart"/>) and a generated client holding its API token.</summary>
    public async Task<(UrssafClient Client, HttpClient Http, string ClientId, string ClientSecret)> NewTenantClientAsync(string clockStart = "2026-03-02T08:00:00Z")
    {
        var http = host.CreateClient();
        var client = new UrssafClient(http);
        var admin = await client.ObtenirJetonAsync(new TokenRequest
        {
            Grant_type = TokenRequestGrant_type.Client_credentials, Client_id = SandboxApi.DefaultClientId,
            Client_secret = SandboxApi.DefaultClientSecret, Scope = "sandbox.control",
        });
        var created = await ControlAsync(http, admin.Access_token, "/sandbox/v1/tenants",
            new JsonObject { ["label"] = "contract", ["clock"] = new JsonObject { ["start"] = clockStart, ["mode"] = "manual" } });
        var (id, secret) = (created["clientId"]!.GetValue<string>(), created["clientSecret"]!.GetValue<string>());
        client.AccessToken = (await client.ObtenirJetonAsync(new TokenRequest
        {
            Grant_type = TokenRequestGrant_type.Client_credentials, Client_id = id, Client_secret = secret,
        })).Access_token;
        return (client, http, id, secret);
    }

    public static Task<JsonNode> ControlAsync(HttpClient http, string token, string path, JsonNode? body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return SendAsync(http, request);
    }

    private static async Task<JsonNode> SendAsync(HttpClient http, HttpRequestMessage request)
    {
        var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    public ValueTask DisposeAsync() => host.DisposeAsync();
}
