using System.Text.Json.Nodes;
using static AiciSandbox.Contract.Tests.Drift.SchemaReader;

namespace AiciSandbox.Contract.Tests.Drift;

/// <summary>
/// Builds a <see cref="ContractModel"/> from a Swagger 2.0 document (the official 1.29.1) or an OpenAPI 3.0 document (ours).
/// </summary>
public static class ContractReader
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch"];

    public static ContractModel Read(JsonNode document) =>
        document["swagger"] is not null ? ReadSwagger2(document) : ReadOpenApi3(document);

    private static ContractModel ReadSwagger2(JsonNode doc)
    {
        var proxy = Text(doc["info"]?["x-basePathProxy"]) ?? "";
        var operations = ReadOperations(doc, proxy, (op, item) =>
        {
            var all = Parameters(doc, item, op);
            var body = all.FirstOrDefault(p => Text(p["in"]) == "body");
            var responses = Responses(doc, op, response => TypeOf(response["schema"]));
            return new OperationModel(Text(op["operationId"]) ?? ContractModel.None, TypeOf(body?["schema"]),
                ParameterKeys(all.Where(p => p != body)), responses);
        });
        var security = doc["securityDefinitions"] is JsonObject definitions
            ? definitions.ToDictionary(d => d.Key, d => SwaggerScheme(d.Value!), StringComparer.Ordinal)
            : new Dictionary<string, SecuritySchemeModel>();
        return new ContractModel($"swagger {Text(doc["swagger"])}", Text(doc["basePath"]) ?? ContractModel.None,
            operations, ReadAll(doc["definitions"]), security);
    }

    private static ContractModel ReadOpenApi3(JsonNode doc)
    {
        var operations = ReadOperations(doc, "", (op, item) =>
        {
            var body = Resolve(doc, op["requestBody"]);
            var responses = Responses(doc, op, response => TypeOf(FirstMediaSchema(response)));
            return new OperationModel(Text(op["operationId"]) ?? ContractModel.None, TypeOf(FirstMediaSchema(body)),
                ParameterKeys(Parameters(doc, item, op)), responses);
        });
        var security = doc["components"]?["securitySchemes"] is JsonObject schemes
            ? schemes.ToDictionary(s => s.Key, s => OpenApiScheme(s.Value!), StringComparer.Ordinal)
            : new Dictionary<string, SecuritySchemeModel>();
        return new ContractModel($"openapi {Text(doc["openapi"])}", ServerBasePath(doc),
            operations, ReadAll(doc["components"]?["schemas"]), security);
    }

    private static Dictionary<string, OperationModel> ReadOperations(
        JsonNode doc, string prefix, Func<JsonNode, JsonNode, OperationModel> read)
    {
        var operations = new Dictionary<string, OperationModel>(StringComparer.Ordinal);
        if (doc["paths"] is not JsonObject paths) return operations;
        foreach (var (path, item) in paths)
        {
            foreach (var method in Methods)
            {
                if (item?[method] is { } op) operations[$"{method.ToUpperInvariant()} {prefix}{path}"] = read(op, item);
            }
        }
        return operations;
    }

    private static List<JsonNode> Parameters(JsonNode doc, JsonNode item, JsonNode op) =>
        [.. new[] { item["parameters"], op["parameters"] }.OfType<JsonArray>().SelectMany(a => a)
            .Select(p => Resolve(doc, p)).OfType<JsonNode>()];

    private static HashSet<string> ParameterKeys(IEnumerable<JsonNode> parameters) =>
        parameters.Select(p => $"{Text(p["in"])} {Text(p["name"])}").ToHashSet(StringComparer.Ordinal);

    private static Dictionary<string, string> Responses(JsonNode doc, JsonNode op, Func<JsonNode, string> bodyOf) =>
        op["responses"] is JsonObject responses
            ? responses.ToDictionary(r => r.Key, r => Resolve(doc, r.Value) is { } response ? bodyOf(response) : ContractModel.None,
                StringComparer.Ordinal)
            : [];

    private static JsonNode? FirstMediaSchema(JsonNode? bodyOrResponse) =>
        bodyOrResponse?["content"] is JsonObject { Count: > 0 } content ? content.First().Value?["schema"] : null;

    /// <summary>Follows a local <c>$ref</c> (<c>#/components/responses/X</c>…) to the node it names.</summary>
    private static JsonNode? Resolve(JsonNode doc, JsonNode? node)
    {
        if (Text(node?["$ref"]) is not { } reference) return node;
        if (!reference.StartsWith("#/", StringComparison.Ordinal)) throw new InvalidDataException($"Only local $ref are supported: {reference}");
        JsonNode? target = doc;
        foreach (var segment in reference[2..].Split('/'))
            target = target?[segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)];
        return Resolve(doc, target ?? throw new InvalidDataException($"Unresolved $ref {reference}"));
    }

    private static string ServerBasePath(JsonNode doc)
    {
        var paths = (doc["servers"] as JsonArray ?? [])
            .Select(s => Text(s?["url"]) ?? "")
            .Select(url => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : url)
            .Select(path => path.TrimEnd('/'))
            .Where(path => path.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return paths.Count == 0 ? ContractModel.None : string.Join(" | ", paths);
    }

    private static SecuritySchemeModel SwaggerScheme(JsonNode scheme)
    {
        var facets = new Dictionary<string, string>(StringComparer.Ordinal);
        var type = Text(scheme["type"]);
        facets["type"] = type == "basic" ? "http basic" : type ?? ContractModel.None;
        if (Text(scheme["flow"]) is { } flow) facets["flow"] = SwaggerFlowNames.GetValueOrDefault(flow, flow);
        if (Text(scheme["tokenUrl"]) is { } tokenUrl) facets["tokenUrl"] = tokenUrl;
        return new SecuritySchemeModel(facets, ScopeNames(scheme["scopes"]));
    }

    private static SecuritySchemeModel OpenApiScheme(JsonNode scheme)
    {
        var facets = new Dictionary<string, string>(StringComparer.Ordinal);
        var type = Text(scheme["type"]);
        facets["type"] = type == "http" ? $"http {Text(scheme["scheme"])?.ToLowerInvariant()}" : type ?? ContractModel.None;
        if (scheme["flows"] is not JsonObject { Count: > 0 } flows) return new SecuritySchemeModel(facets, new HashSet<string>());
        var (flowName, flow) = flows.First();
        facets["flow"] = flowName;
        if (Text(flow?["tokenUrl"]) is { } tokenUrl) facets["tokenUrl"] = tokenUrl;
        return new SecuritySchemeModel(facets, ScopeNames(flow?["scopes"]));
    }

    private static readonly Dictionary<string, string> SwaggerFlowNames = new(StringComparer.Ordinal)
    {
        ["application"] = "clientCredentials",
        ["accessCode"] = "authorizationCode",
    };

    private static HashSet<string> ScopeNames(JsonNode? scopes) =>
        scopes is JsonObject named ? named.Select(s => s.Key).ToHashSet(StringComparer.Ordinal) : [];
}
