using AiciSandbox.ReferenceIntegrator;

namespace AiciSandbox.Conformance.Kit.Tests;

/// <summary>
/// What each defect of the reference integrator breaks: the scenario aimed at it, the step of that scenario that fails
/// and the rule its failure message names. The one table of these aims, read by the kit's own tests
/// (DefectiveIntegratorTests) and, linked into it, by the SpecFlow project (DefectsUnderSpecFlowTests).
/// </summary>
public sealed record DefectAim(Defect Defect, string Scenario, string FailingStep, string Rule)
{
    public static IReadOnlyList<DefectAim> All { get; } =
    [
        new(Defect.TokenEveryCall, "Le jeton est obtenu une fois puis réutilisé", "sur le fil, le logiciel a obtenu 1 jeton", "EX-02"),
        new(Defect.NeverRenewsToken, "Le jeton expiré est renouvelé", "le logiciel affiche le client \"Jeanne\"", "EX-03 et décision D9"),
        new(Defect.ResendsAfterTimeout, "la demande n'est pas envoyée deux fois", "le logiciel affiche la facture \"F-302\" envoyée au statut \"10\"", "ERR_FACTURE_DOUBLON"),
        new(Defect.IgnoresItemErrors, "Une erreur métier courante est montrée", "refusée avec l'erreur", "décision D4"),
        new(Defect.SendsAllInOneCall, "Les demandes sont envoyées par lots de 10 au plus", "les 25 factures", "ERR_NBRE_PREST_MAX"),
        new(Defect.StopsPollingAt20, "validée au bout de 48 heures", "le logiciel affiche la facture \"F-100\" au statut \"30\"", "CGU art. 4.5"),
        new(Defect.NoRetry, "Une réponse 503 est réessayée", "le logiciel affiche la facture \"F-300\" envoyée au statut \"10\"", "Swagger 1.29.1"),
        new(Defect.OffsetDates, "Une demande valide est intégrée", "inscrit par le logiciel", "dates ISO-8601 terminées par Z"),
        new(Defect.PollsFinishedDemandes, "Les demandes soldées ne sont plus interrogées", "aucune demande soldée", "EX-21"),
        new(Defect.EmploymentDatesAtMidnight, "Une demande valide est intégrée", "reprend la facture à l'identique", "dateDebutEmploi : facturé 2026-03-03T07:00:00Z, transmis 2026-03-03T00:00:00Z"),
        new(Defect.PollsUntilStable, "La synchronisation interroge les demandes par identifiants", "plus d'une fois par heure simulée", "EX-29"),
        new(Defect.RetriesRefusals, "Un refus d'éligibilité est montré", "aucune requête refusée en 4xx", "EX-30"),
        new(Defect.ReregistersBeforeEachInvoice, "Une demande valide est intégrée", "n'a inscrit qu'une fois chaque particulier", "EX-31"),
        new(Defect.RenewsTokenForeverOn401, "Un jeton refusé durablement", "a cessé d'appeler", "EX-32"),
        new(Defect.RoundsHalfToEven, "plusieurs prestations avec un acompte", "\"F-010\" envoyée au statut \"10\"", "refusée ERR_MNT_PREST_TTC"),
        new(Defect.QuantityAsWholeHours, "plusieurs prestations avec un acompte", "reprend la facture à l'identique", "inputPrestations[0].quantite : facturé 1.5, transmis 2"),
        new(Defect.AcompteDateIsInvoiceDate, "plusieurs prestations avec un acompte", "reprend la facture à l'identique", "dateVersementAcompte : facturé 2026-03-01, transmis 2026-03-04"),
        new(Defect.AcompteDeductedFromTotal, "plusieurs prestations avec un acompte", "\"F-010\" envoyée au statut \"10\"", "ERR_TOTAL_PRESTATIONS"),
        new(Defect.OneNatureForAllLines, "plusieurs prestations avec un acompte", "reprend la facture à l'identique", "inputPrestations[1].codeNature : facturé 30, transmis 70"),
        new(Defect.BirthDateShiftedToUtc, "Une demande valide est intégrée", "\"F-001\" envoyée au statut \"10\"", "refusée ERR_PARTICULIER_INCONNU"),
    ];
}
