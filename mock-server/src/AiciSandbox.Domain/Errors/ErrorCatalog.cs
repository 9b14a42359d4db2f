namespace AiciSandbox.Domain.Errors;

/// <summary>
/// The error codes the sandbox produces, with the wording the real API uses where it is known.
/// </summary>
/// <remarks>
/// Descriptions follow the official documentation as copied by integrators (facts §5; COURSTROMPETTE errors.ts).
/// A rule may give a more precise description (naming the field or the value) through <see cref="Error(string,string)"/>.
/// </remarks>
public static class ErrorCatalog
{
    private static readonly Dictionary<string, (string Message, string Description)> Entries = new()
    {
        // Format and technical
        [ErrorCodes.Validation] = ("Erreur de validation", "Les informations envoyées ne respectent pas les formats attendus."),
        [ErrorCodes.Technical] = ("Erreur technique", "Une erreur technique est survenue."),

        // Inscription (POST /particulier), facts §5.1
        [ErrorCodes.DgfipR2pInconnu] = ("Identification DGFiP échouée", "Aucun SPI ne correspond à la personne après l'appel à l'API DGFiP R2P, vérifier l'état civil communiqué."),
        [ErrorCodes.DgfipImpotPartInconnu] = ("Situation fiscale invalide", "Les informations disponibles sur la situation fiscale ne permettent pas d'activer le service. Le particulier doit avoir déjà fait une déclaration de revenus."),
        [ErrorCodes.ReferenceParticulierExistante] = ("Référence particulier existante", "La référence particulier existe déjà. Le couple email / téléphone doit être unique."),
        [ErrorCodes.AdresseTypeVoie] = ("Type de voie introuvable", "Le type de voie renseigné est introuvable."),
        [ErrorCodes.AdresseTypeVoieRequis] = ("Type de voie requis", "Un type de voie doit être sélectionné si un libellé est renseigné."),
        [ErrorCodes.AdresseLettreVoie] = ("Lettre de voie introuvable", "La lettre de voie renseignée est introuvable."),
        [ErrorCodes.AdresseLibelleVoieRequis] = ("Libellé de voie requis", "Un libellé doit être renseigné si un type de voie est sélectionné."),
        [ErrorCodes.AdresseInformationSupplementaire] = ("Adresse incomplète", "Type de voie et libellé ou complément d'adresse ou lieu dit non renseigné."),
        [ErrorCodes.CoordonneesBancaires] = ("Coordonnées bancaires invalides", "Le BIC ou l'IBAN est invalide."),
        [ErrorCodes.CompteBloqueInscription] = ("Compte bloqué", "Le compte du particulier a été bloqué. L'inscription ne pourra pas aboutir."),
        [ErrorCodes.LienExisteDeja] = ("Lien déjà existant", "Il existe déjà un lien entre le prestataire et le particulier."),
        [ErrorCodes.DateNaissanceFutur] = ("Date de naissance invalide", "La date de naissance est dans le futur."),
        [ErrorCodes.LieuNaissanceDept] = ("Département de naissance obligatoire", "Le code INSEE du département de naissance est obligatoire quand le pays est la France."),
        [ErrorCodes.LieuNaissanceDeptFormat] = ("Format du département de naissance erroné", "Le format du code INSEE du département à la date de naissance est erroné."),
        [ErrorCodes.LieuNaissanceCommune] = ("Commune de naissance obligatoire", "Le code INSEE de la commune de naissance est obligatoire quand le pays est la France."),
        [ErrorCodes.LieuNaissancePays] = ("Lieu de naissance incohérent", "Code département ou commune présent en présence d'un lieu de naissance à l'étranger."),
        [ErrorCodes.LieuNaissanceObligatoire] = ("Lieu de naissance obligatoire", "Absence de la propriété lieu de naissance."),
        [ErrorCodes.LieuNaissanceInvalide] = ("Lieu de naissance invalide", "Le libellé doit être alphanumérique sans point-virgule."),

        // Demande de paiement (POST /demandePaiement), facts §5.2
        [ErrorCodes.NombrePrestationsMax] = ("Nombre maximum de factures dépassé", "Le nombre maximum de transmission de factures a été dépassé (limite à 10)."),
        [ErrorCodes.ParticulierInconnu] = ("Particulier inconnu", "L'identifiant du particulier n'est pas reconnu ou la date de naissance ne correspond pas."),
        [ErrorCodes.LienParticulierPrestataire] = ("Aucun lien particulier / prestataire", "Le particulier n'a pas activé son compte ou la période d'emploi est antérieure à l'activation du compte."),
        [ErrorCodes.FactureDoublon] = ("Facture en doublon", "La référence de la facture est déjà existante."),
        [ErrorCodes.DateFutur] = ("Date dans le futur", "La période d'emploi de la demande de paiement est dans le futur."),
        [ErrorCodes.DatePaiementAvantExperimentation] = ("Date antérieure au lancement", "La date de paiement est antérieure à la date de lancement de l'expérimentation."),
        [ErrorCodes.PeriodeEmploiMoisNonUnique] = ("Période d'emploi sur deux mois", "La période d'emploi de la demande de paiement est sur deux mois calendaires."),
        [ErrorCodes.DateFinAvantDebut] = ("Date de fin inférieure à la date de début", "La date de fin de période est inférieure à la date de début de période d'emploi."),
        [ErrorCodes.MontantAcompte] = ("Acompte incorrect", "Le montant de l'acompte est supérieur à 50 % du montant total de la facture."),
        [ErrorCodes.TotalPrestations] = ("Montant total incorrect", "Le montant total des listes de prestation est différent du montant total de la facture."),
        [ErrorCodes.MontantPrestationTtc] = ("Montant prestation TTC incorrect", "Le montant prestation TTC n'est pas égal à la quantité * montant unitaire."),
        [ErrorCodes.MontantPrestationHtTva] = ("Montant prestation HT ou TVA incorrect", "Le montant prestation HT + TVA doit être égal au montant TTC."),
        [ErrorCodes.FormatValeur] = ("Problème de décimales", "La valeur doit comporter deux décimales au maximum."),
        [ErrorCodes.ValeurNegative] = ("Valeur négative", "La valeur doit être positive."),
        [ErrorCodes.CodeNature] = ("Code nature inconnu", "Le code nature doit être connu du référentiel des natures."),
        [ErrorCodes.CodeActivite] = ("Code activité inconnu", "Le code activité doit être connu du référentiel des activités."),
        [ErrorCodes.CodeActiviteNature] = ("Activité non rattachée à cette nature", "Le code activité n'est pas rattaché à cette nature."),
        [ErrorCodes.CompteBloque] = ("Compte bloqué", "Le compte du particulier a été bloqué. La demande de paiement ne pourra pas aboutir."),
        [ErrorCodes.MandatEchu] = ("Mandat échu", "Le mandat SEPA du particulier est échu."),
        [ErrorCodes.FormatNumeroIntervenant] = ("Format numéro NOVA/SIRET incorrect", "Le format du numéro Nova ou le SIRET transmis est incorrect."),
        [ErrorCodes.NumeroIntervenantManquant] = ("Numéro NOVA/SIRET manquant", "Il manque le numéro NOVA ou le SIRET de l'intervenant."),
        [ErrorCodes.NumeroIntervenantBloque] = ("Intervenant bloqué", "L'intervenant associé au SIRET n'a pas l'accès autorisé."),

        // Recherche and particulier status, facts §5.3
        [ErrorCodes.CritereRechercheVide] = ("Critère de recherche vide", "Au minimum un critère de recherche doit être renseigné."),
        [ErrorCodes.NombreMaxResultat] = ("Trop de résultats", "Veuillez affiner votre recherche."),
        [ErrorCodes.RechercheVide] = ("Aucun résultat", "Aucune demande de paiement ne correspond aux critères de recherche."),
        [ErrorCodes.RechercheParticulier] = ("Particulier inconnu", "Aucun particulier ne correspond, ou le particulier a rompu son association."),
    };

    /// <summary>The error for <paramref name="code"/> with its catalogue description.</summary>
    public static ApiError Error(string code) => Error(code, Entries[code].Description);

    /// <summary>The error for <paramref name="code"/> with a description specific to the case.</summary>
    public static ApiError Error(string code, string description) => new(code, Entries[code].Message, description);

    /// <summary>An <c>ERREUR_VALIDATION</c> naming the field, as <c>champ &lt;path&gt; : &lt;reason&gt;</c>.</summary>
    public static ApiError Validation(string fieldPath, string reason) =>
        Error(ErrorCodes.Validation, $"champ {fieldPath} : {reason}");

    /// <summary>Every code the catalogue knows, for documentation and tests.</summary>
    public static IReadOnlyCollection<string> Codes => Entries.Keys;
}
