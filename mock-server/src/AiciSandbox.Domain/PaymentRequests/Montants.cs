using AiciSandbox.Domain.Referentials;

namespace AiciSandbox.Domain.PaymentRequests;

/// <summary>
/// The money of a demande in the sandbox model (decision D15): the aid is 50 % of the eligible TTC (natures 10–260) kept
/// within the particulier's yearly ceiling of eligible expenses; the particulier is debited of the rest; the provider
/// receives the invoice minus the acompte.
/// </summary>
public sealed record Montants(decimal Ttc, decimal Acompte, decimal Eligible, decimal EligibleRetenu, decimal Aide, decimal ResteACharge, decimal Virement)
{
    public const decimal TauxAide = 0.5m;

    /// <param name="demande">A demande that passed the rules.</param>
    /// <param name="plafondRestant">What is left this year of the particulier's ceiling of eligible expenses.</param>
    public static Montants Of(DemandePaiementRequest demande, decimal plafondRestant)
    {
        var ttc = demande.MntFactureTTC!.Value;
        var acompte = demande.MntAcompte ?? 0m;
        var eligible = demande.InputPrestations!.Where(p => NaturesEmploi.IsEligible(p!.CodeNature!)).Sum(p => p!.MntPrestationTTC!.Value);
        var retenu = Math.Max(0m, Math.Min(eligible, plafondRestant));
        var aide = AmountRules.RoundToCent(retenu * TauxAide);
        var reste = Math.Max(0m, ttc - acompte - aide);
        return new Montants(ttc, acompte, eligible, retenu, aide, reste, ttc - acompte);
    }
}
