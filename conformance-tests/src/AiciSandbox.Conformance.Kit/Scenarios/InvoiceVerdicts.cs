using System.Globalization;
using AiciSandbox.Conformance.Kit.Driver;
using AiciSandbox.Conformance.Kit.Wire;

namespace AiciSandbox.Conformance.Kit.Scenarios;

/// <summary>
/// What the software shows for an invoice, compared with what URSSAF (the sandbox) knows: each check answers null when
/// it agrees, or the failure naming the rule. Pure, so that each can be tested on its own.
/// </summary>
public static class InvoiceVerdicts
{
    public static string? Sent(string reference, string statut, string idDemandePaiement, InvoiceView shown) =>
        shown.State == "sent" && shown.StatutCode == statut && shown.IdDemandePaiement == idDemandePaiement ? null
        : $"Règle facts §2.3 — l'URSSAF a intégré la facture « {reference} » (demande {idDemandePaiement}, statut {statut}) ; " +
          $"le logiciel affiche « {shown.State} », statut « {shown.StatutCode ?? "aucun"} », demande « {shown.IdDemandePaiement ?? "aucune"} » {shown.Errors.Described()}.";

    public static string? Batch(int count, string statut, IReadOnlyList<InvoiceView> shown, int received)
    {
        var wrong = shown.Where(v => v.State != "sent" || v.StatutCode != statut).Select(v => $"{v.Reference} : « {v.State} » {v.StatutCode} {v.Errors.Described()}").ToList();
        return wrong.Count == 0 && received == count ? null
            : $"Règle facts §2.3 — les {count} factures doivent être intégrées par l'URSSAF et montrées au statut {statut} ; " +
              $"l'URSSAF en a reçu {received}, et le logiciel en montre {wrong.Count} autrement : {FirstFive(wrong)}";
    }

    public static string? Status(string reference, string statut, InvoiceView shown, string? atUrssaf) =>
        shown.StatutCode == statut ? null
        : $"Règle facts §4.1 et CGU art. 4.5 — la demande de la facture « {reference} » est au statut {atUrssaf ?? "inconnu"} à l'URSSAF, {statut} attendu ; " +
          $"le logiciel affiche « {shown.StatutCode ?? "aucun statut"} ».";

    public static string? Refused(string reference, string code, InvoiceView shown) =>
        shown.State == "rejected" && (shown.Errors ?? []).Any(e => e.Code == code) ? null
        : $"Règle facts §5.2 et décision D4 — l'URSSAF a refusé la facture « {reference} » avec {code} (dans la réponse) ; " +
          $"le logiciel affiche « {shown.State} », statut « {shown.StatutCode ?? "aucun"} » {shown.Errors.Described()}.";

    public static string? Transfer(string reference, decimal montant, string date, InvoiceView shown)
    {
        var shownDate = shown.DateVirement is { Length: >= 10 } d ? d[..10] : shown.DateVirement;
        return shown.MontantVirement == montant && shownDate == date ? null
            : $"Règle CGU art. 4.5.3 — le virement de la facture « {reference} » est de {Euros(montant)} € le {date} ; " +
              $"le logiciel affiche {(shown.MontantVirement is { } m ? Euros(m) : "aucun montant")} le {shown.DateVirement ?? "(aucune date)"}.";
    }

    public static string? Contestation(string code, string commentaire, InvoiceView shown) =>
        shown.Rejet?.Code == code && shown.Rejet.Commentaire == commentaire ? null
        : $"Règle facts §6 et CGU art. 4.5.2 — la contestation {code} « {commentaire} » doit être montrée ; " +
          $"le logiciel affiche {(shown.Rejet is null ? "aucun rejet" : $"{shown.Rejet.Code} « {shown.Rejet.Commentaire} »")}.";

    /// <summary>The reconciliation answered every demande of the period (<paramref name="expected"/>: reference → idDemandePaiement) at the status.</summary>
    public static string? Reconciled(int count, string statut, IReadOnlyDictionary<string, string> expected, IReadOnlyList<InvoiceView> found)
    {
        var byReference = found.ToDictionary(v => v.Reference, StringComparer.Ordinal);
        var missing = expected
            .Where(e => !byReference.TryGetValue(e.Key, out var v) || v.IdDemandePaiement != e.Value || v.StatutCode != statut)
            .Select(e => byReference.TryGetValue(e.Key, out var v) ? $"{e.Key} : demande « {v.IdDemandePaiement} » statut « {v.StatutCode} »" : $"{e.Key} absente")
            .ToList();
        return missing.Count == 0 && found.Count == count ? null
            : $"Règle facts §2.4 — les {count} demandes de la période doivent être retrouvées au statut {statut} ; le logiciel en a retrouvé {found.Count}, " +
              $"{missing.Count} manquent ou diffèrent : {FirstFive(missing)}.";
    }

    /// <summary>Throws the failure, if any: the step fails with the rule in its message.</summary>
    public static void OrFail(this string? failure)
    {
        if (failure is not null) throw new ConformanceFailure(failure);
    }

    private static string Euros(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    private static string FirstFive(IReadOnlyList<string> items) => string.Join(" ; ", items.Take(5)) + (items.Count > 5 ? " …" : "");
}
