using System.Text.Json.Nodes;

namespace AiciSandbox.Contract.Tests.Drift;

/// <summary>
/// Reads JSON Schema objects the same way in both formats (Swagger 2.0 <c>definitions</c>, OpenAPI 3.0
/// <c>components.schemas</c>): properties to facets, <c>$ref</c> to schema names, and node texts.
/// </summary>
public static class SchemaReader
{
    public static IReadOnlyDictionary<string, SchemaModel> ReadAll(JsonNode? schemas) =>
        schemas is JsonObject named
            ? named.ToDictionary(entry => entry.Key, entry => Read(entry.Value), StringComparer.Ordinal)
            : new Dictionary<string, SchemaModel>();

    public static SchemaModel Read(JsonNode? schema)
    {
        var properties = schema?["properties"] is JsonObject props
            ? props.ToDictionary(p => p.Key, p => new PropertyModel(Facets(p.Value)), StringComparer.Ordinal)
            : new Dictionary<string, PropertyModel>();
        var required = schema?["required"] is JsonArray names
            ? names.Select(Text).OfType<string>().ToHashSet(StringComparer.Ordinal)
            : [];
        return new SchemaModel(properties, required);
    }

    /// <summary>The type of a schema as one text: a schema name for a <c>$ref</c>, <c>array&lt;item&gt;</c>, or the JSON type.</summary>
    public static string TypeOf(JsonNode? schema)
    {
        if (schema is null) return ContractModel.None;
        if (Text(schema["$ref"]) is { } reference) return reference[(reference.LastIndexOf('/') + 1)..];
        if (schema["allOf"] is JsonArray { Count: 1 } single) return TypeOf(single[0]);
        var type = Text(schema["type"]);
        return type == "array" ? $"array<{TypeOf(schema["items"])}>" : type ?? ContractModel.None;
    }

    /// <summary>A scalar node's text (strings unquoted, numbers and booleans as written); null when absent.</summary>
    public static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => node.ToJsonString(),
    };

    private static Dictionary<string, string> Facets(JsonNode? property)
    {
        var facets = new Dictionary<string, string>(StringComparer.Ordinal) { ["type"] = TypeOf(property) };
        foreach (var name in (string[])["format", "pattern", "minLength", "maxLength", "minItems", "maxItems"])
        {
            if (Text(property?[name]) is { } value) facets[name] = value;
        }
        if (property?["enum"] is JsonArray values) facets["enum"] = $"[{string.Join(", ", values.Select(Text))}]";
        var nullable = Text(property?["nullable"]) ?? Text(property?["x-nullable"]);
        facets["nullable"] = nullable == "true" ? "yes" : "no";
        return facets;
    }
}
