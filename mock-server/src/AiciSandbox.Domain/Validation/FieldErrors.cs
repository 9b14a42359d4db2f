using AiciSandbox.Domain.Errors;

namespace AiciSandbox.Domain.Validation;

/// <summary>
/// Collects the format violations of one request, each as an <c>ERREUR_VALIDATION</c> naming the field path
/// (e.g. <c>champ inputParticulier.adressePostale.codePostal : …</c>).
/// </summary>
public sealed class FieldErrors
{
    private readonly List<ApiError> errors = [];

    public IReadOnlyList<ApiError> All => errors;
    public bool Any => errors.Count > 0;

    public void Add(ApiError error) => errors.Add(error);

    public void Add(string path, string reason) => errors.Add(ErrorCatalog.Validation(path, reason));

    /// <summary>Checks presence; returns false (and records the error) when absent.</summary>
    public bool Required<T>(string path, T? value)
    {
        if (value is null || value is string { Length: 0 })
        {
            Add(path, "ce champ est obligatoire");
            return false;
        }
        return true;
    }

    /// <summary>Checks a text field against its length bounds and Swagger pattern; absent optional values pass.</summary>
    public void Text(string path, string? value, bool required, int min = 0, int max = int.MaxValue, ApiPattern? pattern = null)
    {
        if (value is null || value.Length == 0)
        {
            if (required) Add(path, "ce champ est obligatoire");
            else if (value is not null && min > 0) Add(path, $"la longueur doit être comprise entre {min} et {max}");
            return;
        }
        if (value.Length < min || value.Length > max)
        {
            Add(path, $"la longueur doit être comprise entre {min} et {max}");
            return;
        }
        if (pattern is not null && !pattern.Matches(value))
            Add(path, $"doit respecter le motif \"{pattern.Published}\"");
    }

    /// <summary>Checks a value against a closed list.</summary>
    public void OneOf(string path, string? value, bool required, params string[] allowed)
    {
        if (value is null || value.Length == 0)
        {
            if (required) Add(path, "ce champ est obligatoire");
            return;
        }
        if (!allowed.Contains(value, StringComparer.Ordinal))
            Add(path, $"valeur non autorisée, valeurs possibles : {string.Join(", ", allowed)}");
    }
}
