using System.Globalization;
using AiciSandbox.Conformance.Kit.Driver;
using AiciSandbox.Conformance.Kit.Wire;

namespace AiciSandbox.Conformance.Kit.Scenarios;

/// <summary>
/// What the software shows for an invoice, set beside what URSSAF answered on the wire and what the sandbox holds. Each
/// verdict cites the requirement (EX-nn of scenarios/exigences.md) and states only what the journal shows: « sur le fil :
/// … ; le logiciel affiche : … ». Pure, so that each can be tested on its own.
/// </summary>
public static class InvoiceVerdicts
{
    /// <summary>URSSAF integrated the invoice as exactly one demande, and the software shows it sent, with that id, at the status.</summary>
    public static Verdict Sent(string reference, string statut, IReadOnlyList<string> idsAtUrssaf, InvoiceView shown, IReadOnlyList<WireExchange> wire)
    {
        var id = idsAtUrssaf.Count == 1 ? idsAtUrssaf[0] : null;
        return Verdict.When(id is not null && shown.State == "sent" && shown.StatutCode == statut && shown.IdDemandePaiement == id, () =>
            $"Règle EX-09 et EX-10 — la facture « {reference} » devait être intégrée par l'URSSAF et montrée envoyée au statut {statut}. " +
            $"{Urssaf(idsAtUrssaf)} ; {InvoiceOnTheWire.Describe(wire, reference)} ; le logiciel affiche : {Shown(shown)}.",
            Evidence(wire, reference));
    }

    public static Verdict Batch(int count, string statut, IReadOnlyList<InvoiceView> shown, int received)
    {
        var wrong = shown.Where(v => v.State != "sent" || v.StatutCode != statut).Select(v => $"{v.Reference} : {Shown(v)}").ToList();
        return Verdict.When(wrong.Count == 0 && received == count, () =>
            $"Règle EX-13 — les {count} factures doivent être intégrées par l'URSSAF et montrées au statut {statut} ; " +
            $"l'URSSAF en a enregistré {received}, et le logiciel en montre {wrong.Count} autrement : {FirstFive(wrong)}");
    }

    public static Verdict Status(string reference, string statut, InvoiceView shown, string? atUrssaf) =>
        Verdict.When(shown.StatutCode == statut, () =>
            $"Règle EX-15 à EX-19 (CGU art. 4.5) — la demande de la facture « {reference} » est au statut {atUrssaf ?? "inconnu"} à l'URSSAF, {statut} attendu ; " +
            $"le logiciel affiche : {Shown(shown)}.");

    /// <summary>
    /// The last answer on the wire for the invoice carries <paramref name="code"/>, and the software shows the invoice refused
    /// with every code that answer carries (not only the expected one).
    /// </summary>
    public static Verdict Refused(string reference, string code, InvoiceView shown, IReadOnlyList<WireExchange> wire)
    {
        var onWire = InvoiceOnTheWire.LastCodes(wire, reference);
        var shownCodes = (shown.Errors ?? []).Select(e => e.Code).ToHashSet(StringComparer.Ordinal);
        var missing = onWire.Where(c => !shownCodes.Contains(c)).ToList();
        if (!onWire.Contains(code))
            return Verdict.Fail($"Règle EX-10 et EX-12 — la facture « {reference} » devait être refusée par l'URSSAF avec {code} ; " +
                $"{InvoiceOnTheWire.Describe(wire, reference)} ; le logiciel affiche : {Shown(shown)}.", Evidence(wire, reference));
        return Verdict.When(shown.State == "rejected" && missing.Count == 0, () =>
            $"Règle EX-10 et EX-12 (décision D4) — l'URSSAF a refusé la facture « {reference} » avec {string.Join(", ", onWire)} " +
            $"({InvoiceOnTheWire.Describe(wire, reference)}) ; le logiciel affiche : {Shown(shown)}" +
            (missing.Count > 0 ? $" — il ne montre pas {string.Join(", ", missing)}." : "."), Evidence(wire, reference));
    }

    public static Verdict Transfer(string reference, decimal montant, string date, InvoiceView shown)
    {
        var shownDate = shown.DateVirement is { Length: >= 10 } d ? d[..10] : shown.DateVirement;
        return Verdict.When(shown.MontantVirement == montant && shownDate == date, () =>
            $"Règle EX-15 (CGU art. 4.5.3) — le virement de la facture « {reference} » est de {Euros(montant)} € le {date} ; " +
            $"le logiciel affiche {(shown.MontantVirement is { } m ? Euros(m) : "aucun montant")} le {shown.DateVirement ?? "(aucune date)"}.");
    }

    public static Verdict Contestation(string code, string commentaire, InvoiceView shown) =>
        Verdict.When(shown.Rejet?.Code == code && shown.Rejet.Commentaire == commentaire, () =>
            $"Règle EX-17 (CGU art. 4.5.2) — la contestation {code} « {commentaire} » doit être montrée ; " +
            $"le logiciel affiche {(shown.Rejet is null ? "aucun rejet" : $"{shown.Rejet.Code} « {shown.Rejet.Commentaire} »")}.");

    /// <summary>The reconciliation answered every demande of the period (<paramref name="expected"/>: reference → idDemandePaiement) at the status.</summary>
    public static Verdict Reconciled(int count, string statut, IReadOnlyDictionary<string, string> expected, IReadOnlyList<InvoiceView> found)
    {
        var byReference = found.ToDictionary(v => v.Reference, StringComparer.Ordinal);
        var missing = expected
            .Where(e => !byReference.TryGetValue(e.Key, out var v) || v.IdDemandePaiement != e.Value || v.StatutCode != statut)
            .Select(e => byReference.TryGetValue(e.Key, out var v) ? $"{e.Key} : demande « {v.IdDemandePaiement} » statut « {v.StatutCode} »" : $"{e.Key} absente")
            .ToList();
        return Verdict.When(missing.Count == 0 && found.Count == count, () =>
            $"Règle EX-20 — les {count} demandes de la période doivent être retrouvées au statut {statut} ; le logiciel en a retrouvé {found.Count}, " +
            $"{missing.Count} manquent ou diffèrent : {FirstFive(missing)}.");
    }

    /// <summary>« « sent », statut « 10 », demande « … » (erreurs montrées : …) »: what the driver answered, in one phrase.</summary>
    public static string Shown(InvoiceView shown) =>
        $"« {shown.State} », statut « {shown.StatutCode ?? "aucun"} », demande « {shown.IdDemandePaiement ?? "aucune"} » {shown.Errors.Described()}";

    private static string Urssaf(IReadOnlyList<string> ids) => ids.Count switch
    {
        0 => "L'URSSAF n'a enregistré aucune demande pour elle",
        1 => $"L'URSSAF l'a enregistrée (demande {ids[0]})",
        _ => $"L'URSSAF en a enregistré {ids.Count} demandes",
    };

    private static IEnumerable<WireExchange> Evidence(IReadOnlyList<WireExchange> wire, string reference) =>
        InvoiceOnTheWire.Answers(wire, reference).Select(a => a.Exchange);

    private static string Euros(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    private static string FirstFive(IReadOnlyList<string> items) => string.Join(" ; ", items.Take(5)) + (items.Count > 5 ? " …" : "");
}
