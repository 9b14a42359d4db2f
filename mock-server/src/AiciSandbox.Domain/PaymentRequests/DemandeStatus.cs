namespace AiciSandbox.Domain.PaymentRequests;

/// <summary>
/// <c>statut.code</c> of a demande de paiement (facts §4.1, decision D7). The value is the wire code.
/// </summary>
public enum DemandeStatus
{
    Integree = 10,
    AidesCalculees = 15,
    EnAttenteValidation = 20,
    Validee = 30,
    Refusee = 40,
    Prelevee = 50,
    RefusPrelevement = 60,
    Payee = 70,
    EnAttenteEchanges = 80,
    Cloturee = 90,
    Supprimee = 100,
    Annulee = 110,
    AnnuleeApresImpaye = 111,
    AnnuleeApresRecouvrement = 112,
    AnnuleeRaisonSpecifique = 113,
    Recouvree = 120,
    ImpayePrestataire = 260,
    RegularisePrestataire = 270,
}

/// <summary>Wire code and libellé of each <see cref="DemandeStatus"/>.</summary>
public static class DemandeStatusLabels
{
    public static string Code(this DemandeStatus status) => ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Libelle(this DemandeStatus status) => status switch
    {
        DemandeStatus.Integree => "Intégrée",
        DemandeStatus.AidesCalculees => "Aides calculées",
        DemandeStatus.EnAttenteValidation => "En attente de validation",
        DemandeStatus.Validee => "Validée",
        DemandeStatus.Refusee => "Refusée",
        DemandeStatus.Prelevee => "Prélevée",
        DemandeStatus.RefusPrelevement => "En refus de prélèvement",
        DemandeStatus.Payee => "Payée",
        DemandeStatus.EnAttenteEchanges => "En attente d'échanges",
        DemandeStatus.Cloturee => "Clôturée",
        DemandeStatus.Supprimee => "Supprimée",
        DemandeStatus.Annulee => "Annulée",
        DemandeStatus.AnnuleeApresImpaye => "Annulée après impayé",
        DemandeStatus.AnnuleeApresRecouvrement => "Annulée après recouvrement",
        DemandeStatus.AnnuleeRaisonSpecifique => "Annulée raison spécifique",
        DemandeStatus.Recouvree => "Recouvrée",
        DemandeStatus.ImpayePrestataire => "Impayé prestataire",
        DemandeStatus.RegularisePrestataire => "Régularisée prestataire",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
