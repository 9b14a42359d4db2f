using AiciSandbox.Conformance.Kit.Tests.Support;
using AiciSandbox.Conformance.Runner.Execution;
using AiciSandbox.ReferenceIntegrator;

namespace AiciSandbox.Conformance.Kit.Tests;

/// <summary>
/// Each defective integrator — the reference with one realistic bug — fails the scenario aimed at its bug, with a message
/// that names the broken rule; the reference passes the same scenario (ReferenceIntegratorTests).
/// </summary>
public sealed class DefectiveIntegratorTests
{
    public static TheoryData<Defect, string, string, string> Aims() => new()
    {
        { Defect.TokenEveryCall, "Le jeton est obtenu une fois puis réutilisé", "sur le fil, le logiciel a obtenu 1 jeton", "EX-02" },
        { Defect.NeverRenewsToken, "Le jeton expiré est renouvelé", "le logiciel affiche le client \"Jeanne\"", "EX-03 et décision D9" },
        { Defect.ResendsAfterTimeout, "la demande n'est pas envoyée deux fois", "le logiciel affiche la facture \"F-302\" envoyée au statut \"10\"", "ERR_FACTURE_DOUBLON" },
        { Defect.IgnoresItemErrors, "Une erreur métier courante est montrée", "refusée avec l'erreur", "décision D4" },
        { Defect.SendsAllInOneCall, "Les demandes sont envoyées par lots de 10 au plus", "les 25 factures", "ERR_NBRE_PREST_MAX" },
        { Defect.StopsPollingAt20, "validée au bout de 48 heures", "le logiciel affiche la facture \"F-100\" au statut \"30\"", "CGU art. 4.5" },
        { Defect.NoRetry, "Une réponse 503 est réessayée", "le logiciel affiche la facture \"F-300\" envoyée au statut \"10\"", "Swagger 1.29.1" },
        { Defect.OffsetDates, "Une demande valide est intégrée", "inscrit par le logiciel", "dates ISO-8601 terminées par Z" },
        { Defect.PollsFinishedDemandes, "Les demandes soldées ne sont plus interrogées", "aucune demande soldée", "EX-21" },
        { Defect.EmploymentDatesAtMidnight, "Une demande valide est intégrée", "reprend la facture à l'identique", "dateDebutEmploi : facturé 2026-03-03T07:00:00Z, transmis 2026-03-03T00:00:00Z" },
        { Defect.PollsUntilStable, "La synchronisation interroge les demandes par identifiants", "plus d'une fois par heure simulée", "EX-29" },
        { Defect.RetriesRefusals, "Un refus d'éligibilité est montré", "aucune requête refusée en 4xx", "EX-30" },
        { Defect.ReregistersBeforeEachInvoice, "Une demande valide est intégrée", "n'a inscrit qu'une fois chaque particulier", "EX-31" },
        { Defect.RenewsTokenForeverOn401, "Un jeton refusé durablement", "a cessé d'appeler", "EX-32" },
        { Defect.RoundsHalfToEven, "plusieurs prestations avec un acompte", "\"F-010\" envoyée au statut \"10\"", "refusée ERR_MNT_PREST_TTC" },
        { Defect.QuantityAsWholeHours, "plusieurs prestations avec un acompte", "reprend la facture à l'identique", "inputPrestations[0].quantite : facturé 1.5, transmis 2" },
        { Defect.AcompteDateIsInvoiceDate, "plusieurs prestations avec un acompte", "reprend la facture à l'identique", "dateVersementAcompte : facturé 2026-03-01, transmis 2026-03-04" },
        { Defect.AcompteDeductedFromTotal, "plusieurs prestations avec un acompte", "\"F-010\" envoyée au statut \"10\"", "ERR_TOTAL_PRESTATIONS" },
        { Defect.OneNatureForAllLines, "plusieurs prestations avec un acompte", "reprend la facture à l'identique", "inputPrestations[1].codeNature : facturé 30, transmis 70" },
        { Defect.BirthDateShiftedToUtc, "Une demande valide est intégrée", "\"F-001\" envoyée au statut \"10\"", "refusée ERR_PARTICULIER_INCONNU" },
    };

    [Theory]
    [MemberData(nameof(Aims))]
    public async Task Defect_FailsItsAimedScenario_NamingTheRule(Defect defect, string scenario, string failingStep, string rule)
    {
        await using var kit = await KitSession.StartAsync(defect);

        var results = await kit.PlayAsync(scenario);

        results.Should().OnlyContain(r => r.Status == ResultStatus.Failed, $"the {Defects.NameOf(defect)} bug breaks « {scenario} »");
        var failed = results.Select(r => r.FailedStep!).ToList();
        failed.Should().OnlyContain(s => s.Step.Text.Contains(failingStep), "the step that checks the rule is the one that fails");
        failed.Should().OnlyContain(s => s.ErrorMessage!.Contains(rule), "the failure names the broken rule");
    }

    [Fact]
    public void EveryDefect_IsAimedAt() => Aims().Select(row => (Defect)row[0]).Should().BeEquivalentTo(Enum.GetValues<Defect>());

    [Fact]
    public async Task ResendsAfterTimeout_IsCaughtOnTheWire_AsADuplicateRefused()
    {
        await using var kit = await KitSession.StartAsync(Defect.ResendsAfterTimeout);

        var result = (await kit.PlayAsync("la demande n'est pas envoyée deux fois")).Single();

        var evidence = result.Attachments.Single(a => a.Name.StartsWith("échanges du logiciel avec l'URSSAF", StringComparison.Ordinal));
        evidence.Content.Split('\n').Count(line => line.Contains("POST /atp/v1/tiersPrestations/demandePaiement →") && !line.Contains("→ 401"))
            .Should().Be(2, "the lost answer's submission and the blind resend both reach the service (a 401 for the expired token does not)");
    }
}
