using System.Text.Json.Nodes;

namespace AiciSandbox.Testing;

/// <summary>
/// Reads an answer by dotted path (<c>statut.code</c>, <c>infoVirement.mntVirement</c>, <c>transitions[0].to</c>), the
/// reading twin of <see cref="JsonEdit"/>: a missing value fails the test with the answer in the message.
/// </summary>
public static class JsonRead
{
    /// <summary>The node at <paramref name="path"/>, or null when any step is absent.</summary>
    public static JsonNode? At(this JsonNode? root, string path)
    {
        JsonNode? node = root;
        foreach (var part in path.Split('.'))
        {
            if (node is null) return null;
            var bracket = part.IndexOf('[');
            if (bracket < 0)
            {
                node = node is JsonObject o ? o[part] : null;
                continue;
            }
            var array = bracket == 0 ? node : (node as JsonObject)?[part[..bracket]];
            var index = int.Parse(part[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
            node = array is JsonArray a && index < a.Count ? a[index] : null;
        }
        return node;
    }

    public static string Text(this JsonNode? root, string path) => Required(root, path).GetValue<string>();

    public static decimal Amount(this JsonNode? root, string path) => Required(root, path).GetValue<decimal>();

    /// <summary>The string values of an array of objects at <paramref name="field"/>, in order.</summary>
    public static IReadOnlyList<string> Texts(this IEnumerable<JsonNode?> items, string field) =>
        items.Select(i => i.Text(field)).ToList();

    private static JsonNode Required(JsonNode? root, string path) =>
        root.At(path) ?? throw new Xunit.Sdk.XunitException($"No value at « {path} » in {root?.ToJsonString() ?? "null"}");
}
