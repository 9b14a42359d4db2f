using static AiciSandbox.Domain.PaymentRequests.DemandeStatus;
using static AiciSandbox.Domain.PaymentRequests.DemandeTrigger;

namespace AiciSandbox.Domain.PaymentRequests;

/// <summary>
/// The life of a demande de paiement as one table: <c>(from, trigger) → to</c> (facts §4.1, seed CGU art. 4.5, decision D7).
/// A pair that is not in the table is an illegal move and is refused.
/// </summary>
/// <remarks>
/// (60, PayProvider) → 60: after an impayé URSSAF still pays the provider in full and recovers later (facts §4.1 step 5);
/// the transfer is recorded but the demande stays "en impayé". (70, PayProvider) → 70: an impayé regularised before the
/// transfer date is paid, and the transfer still happens on its date. A contested demande (40) cannot be cancelled (art. 4.5.6).
/// </remarks>
public static class DemandeTransitions
{
    private static readonly Dictionary<(DemandeStatus From, DemandeTrigger Trigger), DemandeStatus> Table = new()
    {
        [(Integree, NotifyParticulier)] = EnAttenteValidation,
        [(EnAttenteValidation, ValidateByParticulier)] = Validee,
        [(EnAttenteValidation, ContestByParticulier)] = Refusee,
        [(EnAttenteValidation, AutoValidate)] = Validee,
        [(Validee, Debit)] = Prelevee,
        [(Prelevee, PayProvider)] = Payee,
        [(Prelevee, RejectDebit)] = RefusPrelevement,
        [(Payee, RejectDebit)] = RefusPrelevement,
        [(RefusPrelevement, PayProvider)] = RefusPrelevement,
        [(Payee, PayProvider)] = Payee,
        [(RefusPrelevement, RegulariseImpaye)] = Payee,
        [(RefusPrelevement, RecoverFromProvider)] = Recouvree,
        [(Integree, Cancel)] = Annulee,
        [(EnAttenteValidation, Cancel)] = Annulee,
        [(Validee, Cancel)] = Annulee,
        [(Prelevee, Cancel)] = Annulee,
        [(Payee, Cancel)] = Annulee,
        [(RefusPrelevement, Cancel)] = AnnuleeApresImpaye,
        [(Recouvree, Cancel)] = AnnuleeApresRecouvrement,
    };

    public static IReadOnlyDictionary<(DemandeStatus From, DemandeTrigger Trigger), DemandeStatus> All => Table;

    public static DemandeStatus? Target(DemandeStatus from, DemandeTrigger trigger) =>
        Table.TryGetValue((from, trigger), out var to) ? to : null;

    /// <summary>Statuses from which nothing more happens.</summary>
    public static bool IsFinal(DemandeStatus status) => !Table.Keys.Any(k => k.From == status);

    /// <summary>
    /// Statuses in which a demande is still on its way: it leaves them for another status by time or by its particulier.
    /// The others are settled: only a bank rejection or an agent's cancellation (control actions that name their demande)
    /// or a date already fixed (a transfer after a regularised impayé) still touches them — 10, 20, 30, 50, 60.
    /// </summary>
    public static IReadOnlySet<DemandeStatus> Live { get; } = Table
        .Where(t => t.Value != t.Key.From && t.Key.Trigger is not (Cancel or RejectDebit))
        .Select(t => t.Key.From).ToHashSet();

    /// <summary>
    /// Statuses whose demande gives its part of the particulier's yearly ceiling back (seed CGU art. 4.5.6): those a
    /// contestation or a cancellation leads to — 40, 110, 111, 112.
    /// </summary>
    public static IReadOnlySet<DemandeStatus> Released { get; } = Table
        .Where(t => t.Key.Trigger is ContestByParticulier or Cancel)
        .Select(t => t.Value).ToHashSet();
}
