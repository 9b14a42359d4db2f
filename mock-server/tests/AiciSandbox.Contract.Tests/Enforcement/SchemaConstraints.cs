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
/// Every constraint the contract puts on a request body — required, pattern, minLength, maxLength, enum, format — read
/// from the YAML by walking a schema and its <c>$ref</c>s.
/// </summary>
public static class SchemaConstraints
{
    public static readonly string[] Kinds = ["required", "pattern", "minLength", "maxLength", "enum", "format"];

    public static IReadOnlyList<SchemaConstraint> Of(JsonNode contract, string schemaName, string root)
    {
        var found = new List<SchemaConstraint>();
        Walk(contract, Schema(contract, schemaName), root, [], new HashSet<string>(), found);
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
            foreach (var kind in Kinds.Skip(1))
                if (resolved[kind] is { } value) found.Add(new(childPath, childPointer, kind, value.DeepClone(), childCodes));
        }
    }

    private static IEnumerable<string> CodesIn(JsonNode? description) =>
        description is null ? [] : Regex.Matches(description.ToString(), @"`((?:ERR|ERREUR)_[A-Z0-9_]+)`").Select(m => m.Groups[1].Value);

    private static JsonNode Schema(JsonNode contract, string name) => contract["components"]!["schemas"]![name]!;

    private static JsonNode Resolve(JsonNode contract, JsonNode schema) =>
        schema["$ref"]?.GetValue<string>() is { } reference ? Resolve(contract, Schema(contract, reference.Split('/')[^1])) : schema;
}
