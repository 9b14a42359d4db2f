namespace AiciSandbox.Domain.Errors;

/// <summary>The URSSAF error codes, spelled as the API spells them (facts §5).</summary>
public static class ErrorCodes
{
    public const string Validation = "ERREUR_VALIDATION";
    public const string Technical = "ERREUR_TECHNIQUE";

    public const string DgfipR2pInconnu = "ERR_DGFIP_R2P_INCONNU";
    public const string DgfipImpotPartInconnu = "ERR_DGFIP_IMPOTPART_INCONNU";
    public const string ReferenceParticulierExistante = "ERREUR_REFERENCE_PARTICULIER_EXISTANTE_TYPE";
    public const string AdresseTypeVoie = "ERR_CONTACT_ADRESSE_TYPE_VOIE";
    public const string AdresseTypeVoieRequis = "ERR_CONTACT_ADRESSE_TYPEVOIE";
    public const string AdresseLettreVoie = "ERR_CONTACT_ADRESSE_LETTRE_VOIE";
    public const string AdresseLibelleVoieRequis = "ERR_CONTACT_ADRESSE_LIBELLEVOIE";
    public const string AdresseInformationSupplementaire = "ERR_CONTACT_ADRESSE_INFORMATION_SUPPLEMENTAIRE";
    public const string CoordonneesBancaires = "ERR_COORDONNEES_BANCAIRES";
    public const string CompteBloqueInscription = "ERR_COMPTE_BLOQUE";
    public const string LienExisteDeja = "ERR_LIEN_TIERS_PRESTATION_PARTICULIER_EXISTE";
    public const string DateNaissanceFutur = "ERR_DATE_NAISSANCE_FUTUR";
    public const string LieuNaissanceDept = "ERREUR_LIEU_NAISSANCE_DEPT";
    public const string LieuNaissanceDeptFormat = "ERREUR_LIEU_NAISSANCE_DEPT_FORMAT";
    public const string LieuNaissanceCommune = "ERR_LIEU_NAISSANCE_COMN";
    public const string LieuNaissancePays = "ERREUR_LIEU_NAISSANCE_PAYS";
    public const string LieuNaissanceObligatoire = "ERREUR_LIEU_NAISSANCE_OBLIGATOIRE";
    public const string LieuNaissanceInvalide = "ERREUR_LIEU_NAISSANCE_INVALIDE";

    public const string NombrePrestationsMax = "ERR_NBRE_PREST_MAX";
    public const string ParticulierInconnu = "ERR_PARTICULIER_INCONNU";
    public const string LienParticulierPrestataire = "ERR_LIEN_PARTICULIER_PRESTATAIRE";
    public const string FactureDoublon = "ERR_FACTURE_DOUBLON";
    public const string DateFutur = "ERR_DATE_FUTUR";
    public const string DatePaiementAvantExperimentation = "ERR_DATE_PAIEMENT_AVANT_EXP";
    public const string PeriodeEmploiMoisNonUnique = "ERR_PERIODE_EMPLOI_MOIS_NON_UNIQUE";
    public const string DateFinAvantDebut = "ERR_DATE_FIN_AVANT_DATE_DEB";
    public const string MontantAcompte = "ERR_MONTANT_ACOMPTE";
    public const string TotalPrestations = "ERR_TOTAL_PRESTATIONS";
    public const string MontantPrestationTtc = "ERR_MNT_PREST_TTC";
    public const string MontantPrestationHtTva = "ERR_MNT_PREST_HT_TVA";
    public const string FormatValeur = "ERR_FORMAT_VALEUR";
    public const string ValeurNegative = "ERR_VALEUR_NEGATIVE";
    public const string CodeNature = "ERR_CODE_NATURE";
    public const string CodeActivite = "ERR_CODE_ACTIVITE";
    public const string CodeActiviteNature = "ERR_CODE_ACTIVITE_NATURE";
    public const string CompteBloque = "ERR_CMPT_BLOQUE";
    public const string MandatEchu = "ERR_MANDAT_ECHU";
    public const string FormatNumeroIntervenant = "ERR_FORMAT_NUMINTERVENANT";
    public const string NumeroIntervenantManquant = "ERR_NUMINTERVENANT_MANQUANT";
    public const string NumeroIntervenantBloque = "ERR_NUMINTERVENANT_BLOQUE";

    public const string CritereRechercheVide = "ERR_CRITERE_RECHERCHE_VIDE";
    public const string NombreMaxResultat = "ERR_NBRE_MAX_RESULTAT";
    public const string RechercheVide = "ERR_RECHERCHE_VIDE";
    public const string RechercheParticulier = "ERR_RECHERCHE_PARTICULIER";
}
