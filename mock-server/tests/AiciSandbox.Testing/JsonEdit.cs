using System.Text.Json.Nodes;

namespace AiciSandbox.Testing;

/// <summary>
/// Edits a request body by dotted path (<c>adressePostale.codePostal</c>, <c>inputPrestations[0].codeNature</c>) so a test
/// breaks exactly one field of an otherwise valid body.
/// </summary>
public static class JsonEdit
{
    /// <summary>Sets the value at <paramref name="path"/> (a JSON null when <paramref name="value"/> is null); returns the root.</summary>
    public static JsonObject With(this JsonObject root, string path, JsonNode? value)
    {
        var (parent, key) = Locate(root, path);
        parent[key] = value;
        return root;
    }

    /// <summary>Removes the property at <paramref name="path"/>; returns the root.</summary>
    public static JsonObject Without(this JsonObject root, string path)
    {
        var (parent, key) = Locate(root, path);
        parent.Remove(key);
        return root;
    }

    /// <summary>The first invoice line of a demande, to edit.</summary>
    public static JsonObject Line(this JsonObject demande, int index = 0) => demande["inputPrestations"]![index]!.AsObject();

    private static (JsonObject Parent, string Key) Locate(JsonObject root, string path)
    {
        var parts = path.Split('.');
        JsonNode node = root;
        foreach (var part in parts[..^1]) node = Step(node, part);
        return (node.AsObject(), parts[^1]);
    }

    private static JsonNode Step(JsonNode node, string part)
    {
        var bracket = part.IndexOf('[');
        if (bracket < 0) return node[part] ?? throw new ArgumentException($"No property {part} in {node.ToJsonString()}");
        var array = node[part[..bracket]]!;
        return array[int.Parse(part[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)]!;
    }
}
