using AiciSandbox.Domain.Clock;
using AiciSandbox.Domain.Common;
using AiciSandbox.Domain.Errors;
using AiciSandbox.Domain.Particuliers;
using AiciSandbox.Domain.Referentials;
using AiciSandbox.Domain.Validation;

namespace AiciSandbox.Domain.PaymentRequests;

/// <summary>
/// The business rules of one well-formed demande (facts §5.2). A broken rule rejects that item only: it comes back in the
/// 200 answer with <c>errors</c> (decision D4).
/// </summary>
public static class DemandeRules
{
    /// <summary>
    /// Start of the API's experimentation: employment before it gives <c>ERR_DATE_PAIEMENT_AVANT_EXP</c>. The exact date is not
    /// published; the sandbox uses 1 January 2020 (the pilot began in 2020), see docs/decisions.md.
    /// </summary>
    public static readonly DateOnly ExperimentationStart = new(2020, 1, 1);

    public static IEnumerable<ApiError> Particulier(DemandePaiementRequest d, Particulier? particulier, DateTimeOffset debutEmploi)
    {
        ApiDate.TryParse(d.DateNaissanceClient, out var naissance);
        if (particulier is null || particulier.DateNaissance != ParisTime.DateOf(naissance))
        {
            yield return ErrorCatalog.Error(ErrorCodes.ParticulierInconnu);
            yield break;
        }
        switch (particulier.Statut)
        {
            case ParticulierStatus.AppareillageEnCours or ParticulierStatus.AppareillageNonFinalise:
                yield return ErrorCatalog.Error(ErrorCodes.LienParticulierPrestataire,
                    $"Le particulier {particulier.Id} n'a pas encore activé son compte ou accepté l'association ({particulier.StatutView.Code}).");
                break;
            case ParticulierStatus.AssociationRompue:
                yield return ErrorCatalog.Error(ErrorCodes.LienParticulierPrestataire,
                    $"Le particulier {particulier.Id} a refusé l'appareillage ou rompu son association avec le prestataire.");
                break;
            case ParticulierStatus.Bloque:
                yield return ErrorCatalog.Error(ErrorCodes.CompteBloque);
                break;
            case ParticulierStatus.MandatEchu:
                yield return ErrorCatalog.Error(ErrorCodes.MandatEchu);
                break;
            case ParticulierStatus.AppareillageValide when debutEmploi < particulier.ValideLe:
                yield return ErrorCatalog.Error(ErrorCodes.LienParticulierPrestataire,
                    $"La période d'emploi commence avant l'activation du compte du particulier ({particulier.StatutView.Description}).");
                break;
        }
    }

    /// <summary>Employment period: début ≤ fin, not in the future, one calendar month (Paris), not before the experimentation.</summary>
    public static IEnumerable<ApiError> Period(DateTimeOffset debut, DateTimeOffset fin, DateTimeOffset now)
    {
        if (fin < debut) yield return ErrorCatalog.Error(ErrorCodes.DateFinAvantDebut);
        if (debut > now || fin > now) yield return ErrorCatalog.Error(ErrorCodes.DateFutur);
        var (first, last) = (ParisTime.DateOf(debut), ParisTime.DateOf(fin));
        if (first.Year != last.Year || first.Month != last.Month) yield return ErrorCatalog.Error(ErrorCodes.PeriodeEmploiMoisNonUnique);
        if (first < ExperimentationStart) yield return ErrorCatalog.Error(ErrorCodes.DatePaiementAvantExperimentation);
    }

    public static IEnumerable<ApiError> Lines(DemandePaiementRequest d, string path, DateTimeOffset now)
    {
        var lines = d.InputPrestations!.Select(p => p!).ToList();
        for (var j = 0; j < lines.Count; j++)
        {
            var p = lines[j];
            var linePath = $"{path}.inputPrestations[{j}]";
            foreach (var error in Nature(p, linePath)) yield return error;
            foreach (var error in Intervenant(p, linePath)) yield return error;
            var hasDebut = ApiDate.TryParse(p.DateDebutEmploi, out var debut);
            var hasFin = ApiDate.TryParse(p.DateFinEmploi, out var fin);
            if (hasDebut && hasFin && fin < debut)
                yield return ErrorCatalog.Error(ErrorCodes.DateFinAvantDebut, $"{linePath} : la date de fin est inférieure à la date de début.");
            if ((hasDebut && debut > now) || (hasFin && fin > now))
                yield return ErrorCatalog.Error(ErrorCodes.DateFutur, $"{linePath} : la période de la prestation est dans le futur.");
        }
        if (lines.All(p => NaturesEmploi.IsKnown(p.CodeNature!) && !NaturesEmploi.IsEligible(p.CodeNature!)))
            yield return ErrorCatalog.Error(ErrorCodes.CodeNature,
                "La demande ne comporte que des activités non éligibles (nature 270 « Divers »).");
    }

    private static IEnumerable<ApiError> Nature(PrestationRequest p, string path)
    {
        if (!NaturesEmploi.IsKnown(p.CodeNature!))
        {
            yield return ErrorCatalog.Error(ErrorCodes.CodeNature, $"{path} : le code nature « {p.CodeNature} » est inconnu du référentiel des natures.");
            yield break;
        }
        if (p.CodeActivite is not { Length: > 0 } activite) yield break;
        if (!ApiPatterns.CodeActivite.Matches(activite))
            yield return ErrorCatalog.Error(ErrorCodes.CodeActivite, $"{path} : le code activité « {activite} » est inconnu du référentiel des activités.");
        else if (activite[..activite.IndexOf('A')] != p.CodeNature)
            yield return ErrorCatalog.Error(ErrorCodes.CodeActiviteNature, $"{path} : le code activité « {activite} » n'est pas rattaché à la nature {p.CodeNature}.");
    }

    /// <summary>The intervenant's NOVA (<c>SAP</c> + 9 digits) or SIRET (<c>SIR</c> + 14 digits) travels in <c>complement2</c>.</summary>
    private static IEnumerable<ApiError> Intervenant(PrestationRequest p, string path)
    {
        if (string.IsNullOrWhiteSpace(p.Complement2))
            yield return ErrorCatalog.Error(ErrorCodes.NumeroIntervenantManquant, $"{path} : il manque le numéro NOVA ou le SIRET de l'intervenant (complement2).");
        else if (!ApiPatterns.NumeroIntervenant.Matches(p.Complement2))
            yield return ErrorCatalog.Error(ErrorCodes.FormatNumeroIntervenant, $"{path} : « {p.Complement2} » n'est ni SAP suivi de 9 chiffres ni SIR suivi de 14 chiffres.");
    }
}
