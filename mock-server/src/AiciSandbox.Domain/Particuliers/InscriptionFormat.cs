using AiciSandbox.Domain.Common;
using AiciSandbox.Domain.Errors;
using AiciSandbox.Domain.Referentials;
using AiciSandbox.Domain.Validation;

namespace AiciSandbox.Domain.Particuliers;

/// <summary>
/// Field-level checks of <c>InputParticulierDTO</c>: required fields, lengths and patterns of the Swagger (names ≤ 80 per
/// decision D2), plus the fields for which the API has a dedicated code instead of <c>ERREUR_VALIDATION</c>.
/// </summary>
public static class InscriptionFormat
{
    public const string Root = "inputParticulier";

    public static IReadOnlyList<ApiError> Check(InscriptionRequest r)
    {
        var e = new FieldErrors();
        e.OneOf($"{Root}.civilite", r.Civilite, required: true, "1", "2");
        e.Text($"{Root}.nomNaissance", r.NomNaissance, required: true, min: 1, max: 80, ApiPatterns.Nom);
        e.Text($"{Root}.nomUsage", r.NomUsage, required: false, max: 80, pattern: ApiPatterns.Nom);
        e.Text($"{Root}.prenoms", r.Prenoms, required: true, min: 1, max: 80, ApiPatterns.Prenoms);
        if (e.Required($"{Root}.dateNaissance", r.DateNaissance) && !ApiDate.TryParse(r.DateNaissance, out _))
            e.Add($"{Root}.dateNaissance", ApiDate.Expected);
        e.Text($"{Root}.numeroTelephonePortable", r.NumeroTelephonePortable, required: true, pattern: ApiPatterns.TelephonePortable);
        e.Text($"{Root}.adresseMail", r.AdresseMail, required: true, max: 254, pattern: ApiPatterns.AdresseMail);
        CheckLieuNaissance(e, r.LieuNaissance);
        if (e.Required($"{Root}.adressePostale", r.AdressePostale)) CheckAdresse(e, r.AdressePostale!);
        if (e.Required($"{Root}.coordonneeBancaire", r.CoordonneeBancaire)) CheckBanque(e, r.CoordonneeBancaire!);
        return e.All;
    }

    private static void CheckLieuNaissance(FieldErrors e, LieuNaissanceRequest? lieu)
    {
        const string path = $"{Root}.lieuNaissance";
        if (lieu is null)
        {
            e.Add(ErrorCatalog.Error(ErrorCodes.LieuNaissanceObligatoire));
            return;
        }
        e.Text($"{path}.codePaysNaissance", lieu.CodePaysNaissance, required: true, min: 5, max: 5, ApiPatterns.CodePays);
        if (lieu.DepartementNaissance is { Length: > 0 } dept && !ApiPatterns.DepartementNaissance.Matches(dept))
            e.Add(ErrorCatalog.Error(ErrorCodes.LieuNaissanceDeptFormat,
                $"Le format du code INSEE du département de naissance « {Shorten(dept)} » est erroné (3 caractères, ex. 069, 02B, 976)."));
        if (lieu.CommuneNaissance is { } commune)
        {
            // D3: the Swagger's 3 digits, or a full 5-character INSEE code (checked against the department by the rules).
            var code = commune.CodeCommune;
            if (e.Required($"{path}.communeNaissance.codeCommune", code)
                && !ApiPatterns.CodeCommuneNaissance.Matches(code!) && !ApiPatterns.CodeCommuneInseeNaissance.Matches(code!))
                e.Add($"{path}.communeNaissance.codeCommune", $"doit respecter le motif \"{ApiPatterns.CodeCommuneNaissance.Published}\"");
            if (commune.LibelleCommune is { } libelle)
            {
                if (libelle.Length is < 1 or > 50) e.Add($"{path}.communeNaissance.libelleCommune", "la longueur doit être comprise entre 1 et 50");
                else if (libelle.Contains(';') || libelle.Any(char.IsControl)) e.Add(ErrorCatalog.Error(ErrorCodes.LieuNaissanceInvalide));
            }
        }
    }

    private static void CheckAdresse(FieldErrors e, AdresseRequest a)
    {
        const string path = $"{Root}.adressePostale";
        e.Text($"{path}.numeroVoie", a.NumeroVoie, required: false, max: 20, pattern: ApiPatterns.NumeroVoie);
        if (a.LettreVoie is { Length: > 0 } lettre && !(lettre.Length == 1 && LettresVoie.IsKnown(lettre)))
            e.Add(ErrorCatalog.Error(ErrorCodes.AdresseLettreVoie, $"La lettre de voie « {Shorten(lettre)} » est introuvable (B, T, Q ou C)."));
        if (a.CodeTypeVoie is { Length: > 0 } type)
        {
            if (type.Length > 4 || !ApiPatterns.CodeTypeVoie.Matches(type))
                e.Add($"{path}.codeTypeVoie", $"doit respecter le motif \"{ApiPatterns.CodeTypeVoie.Published}\"");
            else if (!TypesDeVoie.IsKnown(type))
                e.Add(ErrorCatalog.Error(ErrorCodes.AdresseTypeVoie, $"Le type de voie « {type} » est introuvable."));
        }
        e.Text($"{path}.libelleVoie", a.LibelleVoie, required: false, max: 28);
        e.Text($"{path}.complement", a.Complement, required: false, max: 38);
        e.Text($"{path}.lieuDit", a.LieuDit, required: false, max: 38);
        e.Text($"{path}.libelleCommune", a.LibelleCommune, required: true, min: 1, max: 50);
        e.Text($"{path}.codeCommune", a.CodeCommune, required: true, min: 5, max: 5, ApiPatterns.CodeCommune);
        e.Text($"{path}.codePostal", a.CodePostal, required: true, min: 5, max: 5, ApiPatterns.CodePostal);
        e.Text($"{path}.codePays", a.CodePays, required: true, min: 5, max: 5, ApiPatterns.CodePays);
    }

    private static void CheckBanque(FieldErrors e, CoordonneeBancaireRequest b)
    {
        const string path = $"{Root}.coordonneeBancaire";
        // A BIC or IBAN that is present but malformed is a bank-data error, as the real bank check reports it.
        if (e.Required($"{path}.bic", b.Bic) && (b.Bic!.Length is < 8 or > 11 || !ApiPatterns.Bic.Matches(b.Bic)))
            e.Add(ErrorCatalog.Error(ErrorCodes.CoordonneesBancaires, $"Le BIC « {Shorten(b.Bic)} » est invalide."));
        if (e.Required($"{path}.iban", b.Iban) && (b.Iban!.Length is < 18 or > 38 || !ApiPatterns.Iban.Matches(b.Iban)))
            e.Add(ErrorCatalog.Error(ErrorCodes.CoordonneesBancaires, "L'IBAN est invalide (format)."));
        e.Text($"{path}.titulaire", b.Titulaire, required: true, min: 1, max: 100);
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
