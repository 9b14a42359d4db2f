using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiciSandbox.Conformance.Kit.Sandbox;

namespace AiciSandbox.Conformance.Kit.Wire;

/// <summary>One request of the tenant's journal and its response, as the judges read it.</summary>
public sealed record WireExchange(
    long Seq, DateTimeOffset SimulatedAt, DateTimeOffset ReceivedAt, string Method, string Path, IReadOnlyDictionary<string, string> RequestHeaders,
    string? RequestBody, int Status, string? ResponseBody, string? Fault,
    string? Query = null, IReadOnlyDictionary<string, string>? ResponseHeaders = null, long DurationMs = 0)
{
    public const string TokenPath = "/api/oauth/v1/token";
    public const string ApiBase = "/atp/v1/tiersPrestations";
    public const string SubmitPath = ApiBase + "/demandePaiement";
    public const string SearchPath = ApiBase + "/demandePaiement/rechercher";

    public static WireExchange Of(JsonNode view)
    {
        var e = view["entry"]!;
        return new WireExchange(view["seq"]!.GetValue<long>(), Instant(e["simulatedAt"]), Instant(e["receivedAt"]),
            e["method"]!.GetValue<string>(), e["path"]!.GetValue<string>(),
            Headers(e["requestHeaders"]),
            e["requestBody"].AsText(), e["status"]!.GetValue<int>(), e["responseBody"].AsText(), e["fault"].AsText(),
            e["query"].AsText(), Headers(e["responseHeaders"]), e["durationMs"]?.GetValue<long>() ?? 0);
    }

    private static Dictionary<string, string> Headers(JsonNode? headers) =>
        headers?.AsObject().ToDictionary(h => h.Key, h => h.Value.AsText() ?? "", StringComparer.OrdinalIgnoreCase)
        ?? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Sent by the integrator's software (not by the kit), to the token endpoint or the URSSAF API.</summary>
    public bool IsIntegratorTraffic =>
        !(RequestHeaders.TryGetValue("User-Agent", out var agent) && agent.StartsWith(KitHttp.UserAgent, StringComparison.Ordinal))
        && (IsToken || Path.StartsWith(ApiBase, StringComparison.Ordinal));

    public bool IsToken => Method == "POST" && Path == TokenPath;

    public bool IsApiCall => Path.StartsWith(ApiBase, StringComparison.Ordinal);

    public bool Is(string method, string path) => Method == method && Path == path;

    /// <summary>The token fingerprint (<c>sha256:…</c>) the call carried, or the one a token answer gave.</summary>
    public string? TokenFingerprint => IsToken
        ? ResponseJson()?["access_token"].AsText()
        : RequestHeaders.TryGetValue("Authorization", out var auth) && auth.StartsWith("Bearer ", StringComparison.Ordinal) ? auth[7..] : null;

    public JsonNode? RequestJson() => Parse(RequestBody);

    public JsonNode? ResponseJson() => Parse(ResponseBody);

    /// <summary>One line for the report: simulated time, call, status, fault.</summary>
    public string Line => $"#{Seq} {SimulatedAt:yyyy-MM-dd HH:mm:ss}Z (réel {ReceivedAt:HH:mm:ss.fff}) {Method} {Path} → {Status}"
        + (Fault is null ? "" : $" [panne : {Fault}]");

    private static JsonNode? Parse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body)) return null;
        try
        {
            return JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static DateTimeOffset Instant(JsonNode? node) =>
        node is null ? default : node.GetValueKind() == JsonValueKind.String
            ? DateTimeOffset.Parse(node.GetValue<string>(), CultureInfo.InvariantCulture)
            : node.GetValue<DateTimeOffset>();
}
