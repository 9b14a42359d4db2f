namespace AiciSandbox.Contract.Tests.Drift;

/// <summary>
/// Lists every difference between two <see cref="ContractModel"/>s (official first, ours second), sorted by key:
/// document format and base path, security schemes, operations (id, request, parameters, responses) and schemas
/// (properties, their facets and whether they are required).
/// </summary>
public static class ContractComparer
{
    public static IReadOnlyList<ContractDifference> Compare(ContractModel official, ContractModel ours)
    {
        var differences = new List<ContractDifference>();
        Facet(differences, "document", "format", official.Format, ours.Format);
        Facet(differences, "document", "basePath", official.BasePath, ours.BasePath);
        CompareNamed(differences, "security", official.SecuritySchemes, ours.SecuritySchemes, CompareSecurity);
        CompareNamed(differences, "operation", official.Operations, ours.Operations, CompareOperation);
        CompareNamed(differences, "schema", official.Schemas, ours.Schemas, CompareSchema);
        return [.. differences.OrderBy(d => d.Key, StringComparer.Ordinal)];
    }

    private static void CompareSecurity(List<ContractDifference> found, string subject, SecuritySchemeModel official, SecuritySchemeModel ours)
    {
        foreach (var facet in SecuritySchemeModel.FacetNames) Facet(found, subject, facet, official[facet], ours[facet]);
        AddedAndRemoved(found, $"{subject} scope", official.Scopes, ours.Scopes);
    }

    private static void CompareOperation(List<ContractDifference> found, string subject, OperationModel official, OperationModel ours)
    {
        Facet(found, subject, "operationId", official.OperationId, ours.OperationId);
        Facet(found, subject, "request", official.RequestBody, ours.RequestBody);
        AddedAndRemoved(found, $"{subject} parameter", official.Parameters, ours.Parameters);
        AddedAndRemoved(found, $"{subject} response", official.Responses.Keys, ours.Responses.Keys);
        foreach (var status in official.Responses.Keys.Intersect(ours.Responses.Keys))
            Facet(found, $"{subject} response {status}", "body", official.Responses[status], ours.Responses[status]);
    }

    private static void CompareSchema(List<ContractDifference> found, string subject, SchemaModel official, SchemaModel ours)
    {
        CompareNamed(found, subject, official.Properties, ours.Properties, (f, propertySubject, o, u) =>
        {
            foreach (var facet in PropertyModel.FacetNames) Facet(f, propertySubject, facet, o[facet], u[facet]);
        }, separator: ".");
        foreach (var name in official.Properties.Keys.Intersect(ours.Properties.Keys))
        {
            Facet(found, $"{subject}.{name}", "required", YesNo(official.Required.Contains(name)), YesNo(ours.Required.Contains(name)));
        }
    }

    private static void CompareNamed<T>(
        List<ContractDifference> found,
        string kind,
        IReadOnlyDictionary<string, T> official,
        IReadOnlyDictionary<string, T> ours,
        Action<List<ContractDifference>, string, T, T> compareBoth,
        string separator = " ")
    {
        foreach (var name in official.Keys.Except(ours.Keys)) found.Add(new($"{kind}{separator}{name}", "removed"));
        foreach (var name in ours.Keys.Except(official.Keys)) found.Add(new($"{kind}{separator}{name}", "added"));
        foreach (var name in official.Keys.Intersect(ours.Keys)) compareBoth(found, $"{kind}{separator}{name}", official[name], ours[name]);
    }

    private static void AddedAndRemoved(List<ContractDifference> found, string subject, IEnumerable<string> official, IEnumerable<string> ours)
    {
        foreach (var name in official.Except(ours, StringComparer.Ordinal)) found.Add(new($"{subject} {name}", "removed"));
        foreach (var name in ours.Except(official, StringComparer.Ordinal)) found.Add(new($"{subject} {name}", "added"));
    }

    private static void Facet(List<ContractDifference> found, string subject, string facet, string official, string ours)
    {
        if (!string.Equals(official, ours, StringComparison.Ordinal)) found.Add(ContractDifference.Changed(subject, facet, official, ours));
    }

    private static string YesNo(bool value) => value ? "yes" : "no";
}
