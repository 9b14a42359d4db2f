using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AiciSandbox.Conformance.Kit.Sandbox;

/// <summary>
/// How the kit talks HTTP: its own <c>User-Agent</c>, so that the judges can tell its requests from the integrator's in
/// the tenant's journal, and JSON with the web defaults.
/// </summary>
public static class KitHttp
{
    /// <summary>The product token the kit sends on every request it makes itself.</summary>
    public const string UserAgent = "AiciSandbox-Conformance/1.0";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static HttpClient NewClient(Uri baseAddress, TimeSpan timeout)
    {
        var http = new HttpClient { BaseAddress = baseAddress, Timeout = timeout };
        http.DefaultRequestHeaders.UserAgent.Add(ProductInfoHeaderValue.Parse(UserAgent));
        return http;
    }

    public static HttpContent JsonBody(object? value) => JsonContent.Create(value, options: Json);

    /// <summary>The body as JSON, or a failure naming the call, its status and what came back.</summary>
    public static async Task<JsonNode> ReadJsonAsync(HttpResponseMessage response, string what, CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
            throw new KitException($"{what} : HTTP {(int)response.StatusCode} {Excerpt(text)}") { Refusal = Refusal.Of((int)response.StatusCode, text) };
        try
        {
            return JsonNode.Parse(text) ?? throw new KitException($"{what} : réponse vide.");
        }
        catch (JsonException e)
        {
            throw new KitException($"{what} : réponse qui n'est pas du JSON ({e.Message}) : {Excerpt(text)}");
        }
    }

    public static string Excerpt(string? text, int max = 400) =>
        string.IsNullOrEmpty(text) ? "(corps vide)" : text.Length <= max ? text : text[..max] + "…";
}

/// <summary>The kit could not do its own part (sandbox or driver unreachable, unexpected answer) — not a verdict on the software.</summary>
public sealed class KitException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>When the sandbox refused the call: its status and error code (what « … est refusée avec … » checks).</summary>
    public Refusal? Refusal { get; init; }
}

/// <summary>A refusal answered by the sandbox: HTTP status, and the <c>code</c> of its problem body when it has one.</summary>
public sealed record Refusal(int Status, string? Code, string Detail)
{
    public static Refusal Of(int status, string body)
    {
        try
        {
            var json = JsonNode.Parse(body);
            return new Refusal(status, json?["code"]?.GetValue<string>() ?? json?["title"]?.GetValue<string>(), json?["detail"]?.GetValue<string>() ?? body);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return new Refusal(status, null, body);
        }
    }
}
