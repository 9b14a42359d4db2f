namespace AiciSandbox.Domain.PaymentRequests;

/// <summary>The <c>infoRejet.code</c> referential (facts §6, doc v1.1.7 as quoted by CAERP and AIRTABLE-JS).</summary>
public static class MotifsRejet
{
    /// <summary>What the particulier may choose when refusing ("Je ne peux pas valider la prestation").</summary>
    public static IReadOnlyDictionary<string, string> Contestation { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["REGUL_MNT_FACT"] = "Erreur sur le montant facturé et/ou sur le tarif indiqué pour la prestation",
        ["REGUL_NB_QTE_FACT"] = "Nombre d'heures ou quantités facturées erronées",
        ["REGUL_PRESTA_FACT"] = "Erreur sur les prestations facturées",
        ["REGUL_AUTRE"] = "Autre (motif)",
        ["CONTEST_ERR_FACT"] = "La facture comporte une erreur",
        ["CONTEST_FACT_REGLEE"] = "La facture a déjà été réglée",
        ["CONTEST_AUTRE"] = "Autre (motif)",
    };

    /// <summary>What a URSSAF agent records when cancelling at the provider's motivated request.</summary>
    public static IReadOnlyDictionary<string, string> Annulation { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ANNUL_DBL"] = "Demande de paiement en doublon",
        ["ANNUL_ERR_MNT"] = "Montant facturé erroné",
        ["ANNUL_ERR_TECH"] = "Erreur technique",
        ["ANNUL_AUTRE"] = "Autre(s) (motif)",
    };

    public static bool IsContestation(string code) => Contestation.ContainsKey(code);

    public static bool IsAnnulation(string code) => Annulation.ContainsKey(code);
}
