using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace AiciSandbox.Server.Tests.Robustness;

/// <summary>
/// Hostile variants of a valid JSON body, drawn from a seeded <see cref="Random"/>: a wrong JSON type at every property,
/// edge numbers and dates, duplicate keys, truncation, invalid UTF-8, BOM, deep nesting, huge arrays and strings around
/// the 1 MiB limit, chunked bodies and non-JSON content types.
/// </summary>
public static class HostileJson
{
    /// <summary>The server's body limit (<c>JsonBody.MaxBytes</c>).</summary>
    public const int MaxBytes = 1024 * 1024;

    private const string Placeholder = "__HOSTILE__";

    /// <summary>Raw JSON values put in place of a property: other types, edge numbers, edge dates, long text.</summary>
    public static readonly string[] RawValues =
    [
        "\"x\"", "42", "true", "null", "[]", "{}", "[{}]", "1e400", "-0", "1.0000000000000000000000000001", "-1",
        "79228162514264337593543950335", "-79228162514264337593543950335", "\"9999-12-31T23:59:59Z\"", "\"0001-01-01T00:00:00Z\"",
        "\"\\u0000\\ud800\"", "\"" + new string('é', 5000) + "\"", "[" + string.Join(',', Enumerable.Repeat("1", 1000)) + "]",
    ];

    private static readonly byte[][] InvalidUtf8 =
    [
        [0xFF], [0xC3, 0x28], [0xC0, 0xAF], [0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82],
    ];

    /// <summary>Every property and array element of <paramref name="body"/> gets <paramref name="perPath"/> random raw values.</summary>
    public static IEnumerable<(string Name, string Json)> WrongTypes(JsonNode body, Random random, int perPath)
    {
        foreach (var steps in Paths(body, []))
        {
            foreach (var raw in RawValues.OrderBy(_ => random.Next()).Take(perPath))
            {
                var copy = body.DeepClone();
                var placeholder = JsonValue.Create(Placeholder);
                if (steps.Count == 0) yield return ("root=" + Short(raw), raw);
                else
                {
                    Set(copy, steps, placeholder);
                    yield return ($"{string.Join('.', steps)}={Short(raw)}", copy.ToJsonString().Replace($"\"{Placeholder}\"", raw));
                }
            }
        }
    }

    /// <summary>Structural attacks on one valid body, each with the status it must get when that is known.</summary>
    public static IEnumerable<(string Name, Func<HttpContent> Content, HttpStatusCode? Expected)> Structural(string valid, Random random)
    {
        var bytes = Encoding.UTF8.GetBytes(valid);
        HttpContent Json(byte[] data) => HostileRequest.Bytes(data, "application/json");
        HttpContent JsonText(string text) => HostileRequest.Text(text);

        yield return ("empty", () => Json([]), null);
        foreach (var literal in new[] { "null", "[]", "{}", "\"texte\"", "42", "[null]", "{\"\":{}}", "   " })
            yield return ($"literal {literal}", () => JsonText(literal), null);
        for (var i = 0; i < 3; i++)
        {
            var cut = random.Next(1, bytes.Length - 1);
            yield return ($"truncated at {cut}", () => Json(bytes[..cut]), HttpStatusCode.BadRequest);
        }
        yield return ("deep arrays 10000", () => JsonText(new string('[', 10_000) + new string(']', 10_000)), HttpStatusCode.BadRequest);
        yield return ("deep objects 10000", () => JsonText(string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000)), HttpStatusCode.BadRequest);
        yield return ("10000 items", () => JsonText("[" + string.Join(',', Enumerable.Repeat("{}", 10_000)) + "]"), HttpStatusCode.BadRequest);
        var insideString = valid.IndexOf("\":\"", StringComparison.Ordinal) + 3;
        foreach (var bad in InvalidUtf8)
            yield return ($"invalid UTF-8 {Convert.ToHexString(bad)}", () => Json([.. bytes[..insideString], .. bad, .. bytes[insideString..]]), HttpStatusCode.BadRequest);
        yield return ("BOM", () => Json([0xEF, 0xBB, 0xBF, .. bytes]), null);
        var firstKey = valid[(valid.IndexOf('{') + 1)..].Split('"')[1];
        var raw = RawValues[random.Next(RawValues.Length)];
        yield return ($"duplicate {firstKey} first", () => JsonText(valid.Insert(valid.IndexOf('{') + 1, $"\"{firstKey}\":{raw},")), null);
        yield return ($"duplicate {firstKey} last", () => JsonText(valid.Insert(valid.LastIndexOf('}'), $",\"{firstKey}\":{raw}")), null);
        yield return ("huge string under the limit", () => JsonText(valid.Insert(insideString, new string('a', MaxBytes - bytes.Length - 64))), null);
        yield return ("huge string 1 MiB+", () => JsonText(valid.Insert(insideString, new string('a', MaxBytes + 10))), HttpStatusCode.RequestEntityTooLarge);
        yield return ("padded to 1 byte under the limit", () => JsonText(new string(' ', MaxBytes - 1 - bytes.Length) + valid), null);
        yield return ("padded to 1 byte over the limit", () => JsonText(new string(' ', MaxBytes + 1 - bytes.Length) + valid), HttpStatusCode.RequestEntityTooLarge);
        yield return ("chunked", () => new ChunkedContent(bytes, "application/json"), null);
        yield return ("chunked 2 MiB", () => new ChunkedContent([.. Encoding.UTF8.GetBytes(new string(' ', 2 * MaxBytes)), .. bytes], "application/json"), HttpStatusCode.RequestEntityTooLarge);
        yield return ("charset utf-8", () => HostileRequest.Bytes(bytes, "application/json; charset=utf-8"), null);
        foreach (var type in new[] { "text/plain", "application/x-www-form-urlencoded", "application/xml", "multipart/form-data; boundary=x", "text/json" })
            yield return ($"content type {type}", () => HostileRequest.Bytes(bytes, type), HttpStatusCode.UnsupportedMediaType);
        yield return ("no content type", () => HostileRequest.Bytes(bytes, null), HttpStatusCode.UnsupportedMediaType);
    }

    private static IEnumerable<List<object>> Paths(JsonNode? node, List<object> steps)
    {
        yield return steps;
        IEnumerable<(object Step, JsonNode? Child)> children = node switch
        {
            JsonObject o => o.Select(p => ((object)p.Key, p.Value)),
            JsonArray a => a.Select((c, i) => ((object)i, c)),
            _ => [],
        };
        foreach (var (step, child) in children.ToList())
            foreach (var path in Paths(child, [.. steps, step]))
                yield return path;
    }

    private static void Set(JsonNode root, List<object> steps, JsonNode value)
    {
        var parent = steps.SkipLast(1).Aggregate(root, (node, step) => step is int i ? node[i]! : node[(string)step]!);
        if (steps[^1] is int index) parent.AsArray()[index] = value;
        else parent.AsObject()[(string)steps[^1]] = value;
    }

    private static string Short(string raw) => raw.Length <= 30 ? raw : raw[..27] + "…";
}
