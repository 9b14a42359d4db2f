namespace AiciSandbox.Conformance.Kit.Driver;

/// <summary>The URSSAF codes a software shows its user, as the kit's messages quote them.</summary>
public static class ShownErrors
{
    public static string Described(this IReadOnlyList<ShownError>? errors) =>
        errors is { Count: > 0 } ? "(erreurs montrées : " + string.Join(", ", errors.Select(e => e.Code)) + ")" : "(aucune erreur montrée)";
}
