using AiciSandbox.Domain.Banking;
using AiciSandbox.Domain.Errors;

namespace AiciSandbox.Domain.Particuliers;

/// <summary>
/// The business checks of an inscription whose fields are well formed (facts §3.1 cross-field rules and §5.1 codes).
/// </summary>
public static class InscriptionRules
{
    /// <summary>INSEE code of France: birth department and commune are required if and only if the country is France.</summary>
    public const string France = "99100";

    public static IEnumerable<ApiError> BirthDate(DateOnly dateNaissance, DateOnly today)
    {
        if (dateNaissance > today) yield return ErrorCatalog.Error(ErrorCodes.DateNaissanceFutur);
    }

    public static IEnumerable<ApiError> BirthPlace(LieuNaissanceRequest lieu)
    {
        var dept = lieu.DepartementNaissance is { Length: > 0 } d ? d : null;
        var commune = lieu.CommuneNaissance;
        if (lieu.CodePaysNaissance != France)
        {
            if (dept is not null || commune is not null) yield return ErrorCatalog.Error(ErrorCodes.LieuNaissancePays);
            yield break;
        }
        if (dept is null) yield return ErrorCatalog.Error(ErrorCodes.LieuNaissanceDept);
        if (commune is null) yield return ErrorCatalog.Error(ErrorCodes.LieuNaissanceCommune);
        if (dept is not null && commune?.CodeCommune is { Length: 5 } insee && !InseeCodeMatchesDepartment(insee, dept))
            yield return ErrorCatalog.Validation($"{InscriptionFormat.Root}.lieuNaissance.communeNaissance.codeCommune",
                $"le code INSEE « {insee} » n'appartient pas au département {dept}");
    }

    public static IEnumerable<ApiError> Address(AdresseRequest a)
    {
        bool Has(string? value) => !string.IsNullOrWhiteSpace(value);
        if (Has(a.LibelleVoie) && !Has(a.CodeTypeVoie)) yield return ErrorCatalog.Error(ErrorCodes.AdresseTypeVoieRequis);
        if (Has(a.CodeTypeVoie) && !Has(a.LibelleVoie)) yield return ErrorCatalog.Error(ErrorCodes.AdresseLibelleVoieRequis);
        if (!Has(a.LibelleVoie) && !Has(a.Complement) && !Has(a.LieuDit))
            yield return ErrorCatalog.Error(ErrorCodes.AdresseInformationSupplementaire);
    }

    public static IEnumerable<ApiError> BankAccount(CoordonneeBancaireRequest b)
    {
        if (!Iban.IsValid(b.Iban!))
            yield return ErrorCatalog.Error(ErrorCodes.CoordonneesBancaires, "L'IBAN est invalide (clé de contrôle ou longueur).");
    }

    /// <summary>
    /// A person already registered by this provider cannot be registered again; another person may not reuse the
    /// e-mail / mobile pair (facts §5.1).
    /// </summary>
    public static IEnumerable<ApiError> Uniqueness(string identityKey, string email, string phone, IEnumerable<Particulier> candidates)
    {
        var others = candidates.ToList();
        // The same person first, whatever the order of the candidates: that is the more precise answer.
        if (others.FirstOrDefault(o => o.IdentityKey == identityKey) is { } same)
            yield return ErrorCatalog.Error(ErrorCodes.LienExisteDeja,
                $"Il existe déjà un lien entre le prestataire et le particulier (idClient {same.Id}).");
        else if (others.Any(o => string.Equals(o.Inscription.AdresseMail, email, StringComparison.OrdinalIgnoreCase)
                     && NormalizedPhone(o.Inscription.NumeroTelephonePortable!) == NormalizedPhone(phone)))
            yield return ErrorCatalog.Error(ErrorCodes.ReferenceParticulierExistante);
    }

    /// <summary>0612345678 and +33612345678 are the same mobile number.</summary>
    public static string NormalizedPhone(string phone) => phone.StartsWith("+33", StringComparison.Ordinal) ? "0" + phone[3..] : phone;

    /// <summary>D3: a 5-character birth commune code must start with the department (069 + 69123, 02A + 2A004, 974 + 97411).</summary>
    private static bool InseeCodeMatchesDepartment(string insee, string dept) =>
        dept.StartsWith('0')
            ? string.Equals(insee[..2], dept[1..], StringComparison.OrdinalIgnoreCase)
            : string.Equals(insee[..3], dept, StringComparison.OrdinalIgnoreCase);
}
