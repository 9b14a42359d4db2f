namespace AiciSandbox.Domain.PaymentRequests;

/// <summary>
/// The stored dates of a demande's life (STYLE rule 8: deadlines are data): when each step happened and when the next
/// ones fall due. Each transition fills in what it knows; <see cref="DemandePaiement.NextDue"/> reads them.
/// </summary>
/// <param name="NotificationLe">When URSSAF notifies the particulier (10 → 20).</param>
/// <param name="ValidationLimite">End of the 48 h window: auto-validation then (seed CGU art. 4.5.2).</param>
/// <param name="ReactionLe">When the particulier's persona acts (validates or contests), if it does.</param>
/// <param name="Reaction">What the persona does then.</param>
/// <param name="PrelevementLe">When the debit of the reste à charge is presented (30 → 50).</param>
/// <param name="VirementLe">The transfer's value date (<c>infoVirement.dateVirement</c>), 4 working days after validation.</param>
/// <param name="RejetPrelevementLe">When the persona's bank returns the debit unpaid (50 → 60).</param>
/// <param name="RecouvrementLe">When URSSAF debits the provider of the unpaid sum (60 → 120), ≥ 30 days after the impayé.</param>
public sealed record Echeancier(
    DateTimeOffset NotificationLe,
    DateTimeOffset? NotifieeLe = null,
    DateTimeOffset? ValidationLimite = null,
    DateTimeOffset? ReactionLe = null,
    DemandeTrigger? Reaction = null,
    DateTimeOffset? ValideeLe = null,
    DateTimeOffset? PrelevementLe = null,
    DateTimeOffset? VirementLe = null,
    DateTimeOffset? RejetPrelevementLe = null,
    DateTimeOffset? ImpayeLe = null,
    DateTimeOffset? RecouvrementLe = null,
    DateTimeOffset? ClotureLe = null);
