namespace AiciSandbox.Domain.PaymentRequests;

/// <summary>
/// Which demandes a provider's software still needs to follow by polling M070, derived from <see cref="DemandeTransitions.Live"/>:
/// a demande is <em>settled</em> when no move of the table can take it elsewhere without the provider knowing it otherwise.
/// The one source of "soldée" for the conformance kit's judges and the reference integrator (docs/decisions.md, « Demande soldée »).
/// </summary>
/// <remarks>
/// Two triggers are not followed by polling: <see cref="DemandeTrigger.Cancel"/>, which an agent applies at the provider's own
/// motivated request (seed CGU art. 4.5.6, decision D11), so the provider checks that demande when it asked; and
/// <see cref="DemandeTrigger.RejectDebit"/> after payment (70 → 60), which URSSAF settles by recovering the sum from the
/// provider at least 30 days later (art. 4.5.5) — a software that wants to see it reconciles its paid invoices by period
/// (M070 by <c>dateFacture</c>), which is not polling. Hence 70 and 120, which the table can still move, are settled; 60 is not
/// (it ends in 70 or 120 by itself). Statuses the lifecycle never produces (15, 80, 90, 100, 113, 260, 270: decision D7) are
/// outside the table and not classified.
/// </remarks>
public static class DemandeFollowUp
{
    /// <summary>The settled statuses of the lifecycle: those not <see cref="DemandeTransitions.Live"/> — 40, 70, 110, 111, 112, 120.</summary>
    public static IReadOnlySet<DemandeStatus> Settled { get; } = Lifecycle().Where(s => !DemandeTransitions.Live.Contains(s)).ToHashSet();

    /// <summary><see cref="Settled"/> as wire codes (<c>statut.code</c>).</summary>
    public static IReadOnlySet<string> SettledCodes { get; } = Settled.Select(s => s.Code()).ToHashSet(StringComparer.Ordinal);

    /// <summary>The statuses the lifecycle table knows: those it moves from or to, and <see cref="DemandeStatus.Integree"/>.</summary>
    private static IEnumerable<DemandeStatus> Lifecycle() =>
        DemandeTransitions.All.Keys.Select(k => k.From).Concat(DemandeTransitions.All.Values).Append(DemandeStatus.Integree).Distinct();
}
