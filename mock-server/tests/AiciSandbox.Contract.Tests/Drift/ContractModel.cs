namespace AiciSandbox.Contract.Tests.Drift;

/// <summary>
/// A contract (Swagger 2.0 or OpenAPI 3.0) reduced to what clients depend on, in one shape for both formats: operations by
/// <c>METHOD full-path</c>, schemas by name with their properties' facets, and security schemes.
/// </summary>
/// <remarks>
/// The Swagger's paths are read under its public <c>info.x-basePathProxy</c> (the gateway path), ours as written. Every
/// <c>$ref</c> is reduced to the referenced schema's name, so two documents compare by schema names, not by layout.
/// </remarks>
public sealed record ContractModel(
    string Format,
    string BasePath,
    IReadOnlyDictionary<string, OperationModel> Operations,
    IReadOnlyDictionary<string, SchemaModel> Schemas,
    IReadOnlyDictionary<string, SecuritySchemeModel> SecuritySchemes)
{
    /// <summary>The text used for a facet or a body that is absent.</summary>
    public const string None = "(none)";
}

/// <summary>One operation: its id, the request body type, its non-body parameters and each response's body type.</summary>
/// <param name="RequestBody">Rendered type, e.g. <c>array&lt;InputDemandePaiement&gt;</c>, or <see cref="ContractModel.None"/>.</param>
/// <param name="Parameters">Non-body parameters as <c>in name</c>, e.g. <c>query idClient</c>.</param>
/// <param name="Responses">HTTP status → rendered body type (<see cref="ContractModel.None"/> when the response has no body).</param>
public sealed record OperationModel(
    string OperationId,
    string RequestBody,
    IReadOnlySet<string> Parameters,
    IReadOnlyDictionary<string, string> Responses);

/// <summary>One named schema: its properties and the names it requires.</summary>
public sealed record SchemaModel(IReadOnlyDictionary<string, PropertyModel> Properties, IReadOnlySet<string> Required);

/// <summary>
/// One property, as the facets the drift test compares: <c>type</c> (a primitive, a schema name, or <c>array&lt;…&gt;</c>),
/// <c>format</c>, <c>pattern</c>, <c>minLength</c>, <c>maxLength</c>, <c>minItems</c>, <c>maxItems</c>, <c>enum</c> and <c>nullable</c>.
/// </summary>
public sealed record PropertyModel(IReadOnlyDictionary<string, string> Facets)
{
    /// <summary>The compared facets, in the order differences are reported.</summary>
    public static readonly IReadOnlyList<string> FacetNames = ["type", "format", "pattern", "minLength", "maxLength", "minItems", "maxItems", "enum", "nullable"];

    public string this[string facet] => Facets.TryGetValue(facet, out var value) ? value : ContractModel.None;
}

/// <summary>One security scheme: its facets (<c>type</c>, <c>flow</c>, <c>tokenUrl</c>) and its OAuth scopes.</summary>
public sealed record SecuritySchemeModel(IReadOnlyDictionary<string, string> Facets, IReadOnlySet<string> Scopes)
{
    /// <summary>The compared facets, in the order differences are reported.</summary>
    public static readonly IReadOnlyList<string> FacetNames = ["type", "flow", "tokenUrl"];

    public string this[string facet] => Facets.TryGetValue(facet, out var value) ? value : ContractModel.None;
}
