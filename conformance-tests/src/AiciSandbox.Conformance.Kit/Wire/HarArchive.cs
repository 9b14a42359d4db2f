using System.Text.Json;
using System.Text.Json.Nodes;

namespace AiciSandbox.Conformance.Kit.Wire;

/// <summary>
/// The software's exchanges as an HTTP Archive (HAR 1.2), which browser DevTools, Insomnia or Charles open: a failing
/// scenario comes with a transcript the integrator can replay. Secrets are as the journal keeps them (masked).
/// </summary>
public static class HarArchive
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Of(IReadOnlyList<WireExchange> exchanges, Uri sandbox, string comment) =>
        new JsonObject
        {
            ["log"] = new JsonObject
            {
                ["version"] = "1.2",
                ["creator"] = new JsonObject { ["name"] = "aici-conformance", ["version"] = "1.0" },
                ["comment"] = comment,
                ["entries"] = new JsonArray(exchanges.Select(e => (JsonNode)Entry(e, sandbox)).ToArray()),
            },
        }.ToJsonString(Indented);

    private static JsonObject Entry(WireExchange e, Uri sandbox) => new()
    {
        ["startedDateTime"] = e.ReceivedAt.UtcDateTime.ToString("O"),
        ["time"] = e.DurationMs,
        ["request"] = new JsonObject
        {
            ["method"] = e.Method,
            ["url"] = Curl.Url(e, sandbox),
            ["httpVersion"] = "HTTP/1.1",
            ["headers"] = Headers(e.RequestHeaders),
            ["queryString"] = new JsonArray(),
            ["cookies"] = new JsonArray(),
            ["headersSize"] = -1,
            ["bodySize"] = e.RequestBody?.Length ?? 0,
            ["postData"] = e.RequestBody is null ? null : new JsonObject
            {
                ["mimeType"] = e.RequestHeaders.GetValueOrDefault("Content-Type") ?? "",
                ["text"] = e.RequestBody,
            },
        },
        ["response"] = new JsonObject
        {
            ["status"] = e.Status,
            ["statusText"] = "",
            ["httpVersion"] = "HTTP/1.1",
            ["headers"] = Headers(e.ResponseHeaders ?? new Dictionary<string, string>()),
            ["cookies"] = new JsonArray(),
            ["content"] = new JsonObject
            {
                ["size"] = e.ResponseBody?.Length ?? 0,
                ["mimeType"] = e.ResponseHeaders?.GetValueOrDefault("Content-Type") ?? "",
                ["text"] = e.ResponseBody ?? "",
            },
            ["redirectURL"] = "",
            ["headersSize"] = -1,
            ["bodySize"] = e.ResponseBody?.Length ?? 0,
        },
        ["cache"] = new JsonObject(),
        ["timings"] = new JsonObject { ["send"] = 0, ["wait"] = e.DurationMs, ["receive"] = 0 },
        ["comment"] = $"#{e.Seq}, heure simulée {e.SimulatedAt.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}" + (e.Fault is null ? "" : $", panne {e.Fault}"),
    };

    private static JsonArray Headers(IReadOnlyDictionary<string, string> headers) =>
        new(headers.Select(h => (JsonNode)new JsonObject { ["name"] = h.Key, ["value"] = h.Value }).ToArray());
}
