using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AiciSandbox.Contract.Tests.Enforcement;

/// <summary>One constraint of a request schema of <c>openapi/urssaf-tiers-prestation.v1.yaml</c>, on one field.</summary>
/// <param name="Path">The field as the sandbox names it in <c>ERREUR_VALIDATION</c>: <c>inputParticulier.adressePostale.codePostal</c>.</param>
/// <param name="Pointer">The field's keys inside the request body.</param>
/// <param name="Codes">The field's own error codes, as the contract's descriptions of the field and of its enclosing
/// objects name them (e.g. <c>ERR_COORDONNEES_BANCAIRES</c>): a refusal with one of them also names the field.</param>
public sealed record SchemaConstraint(string Path, IReadOnlyList<string> Pointer, string Kind, JsonNode? Value, IReadOnlySet<string> Codes)
{
    public override string ToString() => $"{Path} {Kind}{(Value is null ? "" : " " + Value.ToJsonString())}";
}

/// <summary>
/// Every constraint the contract puts on a request body — required, pattern, minLength, maxLength, enum, format, minimum,
/// maximum, minItems, maxItems — read from the YAML by walking a schema, its <c>$ref</c>s and its arrays' items (the
/// first item stands for all: <c>inputPrestations[0].codeNature</c>, pointer <c>inputPrestations/0/codeNature</c>).
/// </summary>
public static class SchemaConstraints
{
    /// <summary>The constraints of a text field (the inscription's fields have only these).</summary>
    public static readonly string[] Kinds = ["required", "pattern", "minLength", "maxLength", "enum", "format"];

    /// <summary>Every kind read, text, number and array ones.</summary>
    public static readonly string[] AllKinds = [.. Kinds, "minimum", "maximum", "minItems", "maxItems"];

    public static IReadOnlyList<SchemaConstraint> Of(JsonNode contract, string schemaName, string root)
    {
        var found = new List<SchemaConstraint>();
        Walk(contract, Schema(contract, schemaName), root, [], new HashSet<string>(), found);
        return found;
    }

    /// <summary>
    /// The constraints of an operation's request body (<paramref name="mediaType"/>), named from <paramref name="root"/>:
    /// an array body (<c>POST /demandePaiement</c>) gives its own minItems/maxItems on <paramref name="root"/> and its
    /// items' constraints under <c>root[0]</c>.
    /// </summary>
    public static IReadOnlyList<SchemaConstraint> OfRequestBody(JsonNode contract, string path, string method, string mediaType, string root)
    {
        var schema = Resolve(contract, contract["paths"]![path]![method]!["requestBody"]!["content"]![mediaType]!["schema"]!);
        var found = new List<SchemaConstraint>();
        if (schema["items"] is { } items)
        {
            foreach (var kind in new[] { "minItems", "maxItems" })
                if (schema[kind] is { } value) found.Add(new(root, [], kind, value.DeepClone(), new HashSet<string>()));
            Walk(contract, items, $"{root}[0]", ["0"], new HashSet<string>(), found);
        }
        else Walk(contract, schema, root, [], new HashSet<string>(), found);
        return found;
    }

    private static void Walk(JsonNode contract, JsonNode schema, string path, List<string> pointer, HashSet<string> codes, List<SchemaConstraint> found)
    {
        schema = Resolve(contract, schema);
        var required = schema["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToHashSet() ?? [];
        foreach (var (name, property) in schema["properties"]?.AsObject() ?? [])
        {
            var childPath = $"{path}.{name}";
            List<string> childPointer = [.. pointer, name];
            var resolved = Resolve(contract, property!);
            var childCodes = new HashSet<string>(codes);
            childCodes.UnionWith(CodesIn(property!["description"]).Concat(CodesIn(resolved["description"])));
            if (required.Contains(name)) found.Add(new(childPath, childPointer, "required", null, childCodes));
            if (resolved["properties"] is not null)
            {
                Walk(contract, resolved, childPath, childPointer, childCodes, found);
                continue;
            }
            if (resolved["items"] is { } items && Resolve(contract, items)["properties"] is not null)
            {
                foreach (var kind in new[] { "minItems", "maxItems" })
                    if (resolved[kind] is { } count) found.Add(new(childPath, childPointer, kind, count.DeepClone(), childCodes));
                Walk(contract, items, $"{childPath}[0]", [.. childPointer, "0"], childCodes, found);
                continue;
            }
            foreach (var kind in AllKinds.Skip(1))
                if (resolved[kind] is { } value) found.Add(new(childPath, childPointer, kind, value.DeepClone(), childCodes));
        }
    }

    private static IEnumerable<string> CodesIn(JsonNode? description) =>
        description is null ? [] : Regex.Matches(description.ToString(), @"`((?:ERR|ERREUR)_[A-Z0-9_]+)`").Select(m => m.Groups[1].Value);

    private static JsonNode Schema(JsonNode contract, string name) => contract["components"]!["schemas"]![name]!;

    private static JsonNode Resolve(JsonNode contract, JsonNode schema) =>
        schema["$ref"]?.GetValue<string>() is { } reference ? Resolve(contract, Schema(contract, reference.Split('/')[^1])) : schema;
}
