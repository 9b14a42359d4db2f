using AiciSandbox.Domain.Errors;
using static System.FormattableString;

namespace AiciSandbox.Domain.PaymentRequests;

/// <summary>
/// The arithmetic of a demande (facts §5.2, decisions D8 and D14): no negatives, at most 2 decimals (3 for the unit price),
/// line TTC = quantity × unit price (rounded half away from zero to the cent), HT + TVA = TTC, Σ lines = invoice, acompte.
/// </summary>
public static class AmountRules
{
    /// <summary>Largest acompte, as a share of <c>mntFactureTTC</c> (<c>ERR_MONTANT_ACOMPTE</c>, decision D8).</summary>
    public const decimal MaxAcompteShare = 0.5m;

    public static IEnumerable<ApiError> Check(DemandePaiementRequest d, string path)
    {
        var lines = d.InputPrestations!.Select((p, j) => (Line: p!, Path: $"{path}.inputPrestations[{j}]")).ToList();
        var values = new List<(string Field, decimal Value, int MaxDecimals)>
        {
            ($"{path}.mntFactureTTC", d.MntFactureTTC!.Value, 2),
            ($"{path}.mntFactureHT", d.MntFactureHT!.Value, 2),
        };
        if (d.MntAcompte is { } acompte) values.Add(($"{path}.mntAcompte", acompte, 2));
        foreach (var (p, linePath) in lines)
        {
            values.Add(($"{linePath}.quantite", p.Quantite!.Value, int.MaxValue));
            values.Add(($"{linePath}.mntUnitaireTTC", p.MntUnitaireTTC!.Value, 3));
            values.Add(($"{linePath}.mntPrestationTTC", p.MntPrestationTTC!.Value, 2));
            values.Add(($"{linePath}.mntPrestationHT", p.MntPrestationHT!.Value, 2));
            values.Add(($"{linePath}.mntPrestationTVA", p.MntPrestationTVA!.Value, 2));
        }

        foreach (var (field, value, _) in values.Where(v => v.Value < 0))
            yield return ErrorCatalog.Error(ErrorCodes.ValeurNegative, Invariant($"La valeur du champ {field} doit être positive ({value})."));
        foreach (var (field, value, max) in values.Where(v => Decimals(v.Value) > v.MaxDecimals))
            yield return ErrorCatalog.Error(ErrorCodes.FormatValeur, Invariant($"Le champ {field} comporte plus de {max} décimales ({value})."));

        foreach (var (p, linePath) in lines)
        {
            var expected = RoundToCent(p.Quantite!.Value * p.MntUnitaireTTC!.Value);
            if (expected != p.MntPrestationTTC)
                yield return ErrorCatalog.Error(ErrorCodes.MontantPrestationTtc,
                    Invariant($"{linePath} : mntPrestationTTC {p.MntPrestationTTC} ≠ quantite {p.Quantite} × mntUnitaireTTC {p.MntUnitaireTTC} = {expected}."));
            if (p.MntPrestationHT + p.MntPrestationTVA != p.MntPrestationTTC)
                yield return ErrorCatalog.Error(ErrorCodes.MontantPrestationHtTva,
                    Invariant($"{linePath} : mntPrestationHT {p.MntPrestationHT} + mntPrestationTVA {p.MntPrestationTVA} ≠ mntPrestationTTC {p.MntPrestationTTC}."));
        }

        var total = lines.Sum(l => l.Line.MntPrestationTTC!.Value);
        if (total != d.MntFactureTTC)
            yield return ErrorCatalog.Error(ErrorCodes.TotalPrestations,
                Invariant($"La somme des mntPrestationTTC ({total}) est différente de mntFactureTTC ({d.MntFactureTTC})."));

        foreach (var error in Acompte(d)) yield return error;
    }

    private static IEnumerable<ApiError> Acompte(DemandePaiementRequest d)
    {
        var hasAmount = d.MntAcompte is > 0;
        var hasDate = d.DateVersementAcompte is not null;
        if (hasAmount && !hasDate)
            yield return ErrorCatalog.Error(ErrorCodes.MontantAcompte, "Un acompte est déclaré sans dateVersementAcompte.");
        if (hasDate && !hasAmount)
            yield return ErrorCatalog.Error(ErrorCodes.MontantAcompte, "Une dateVersementAcompte est renseignée sans montant d'acompte.");
        if (hasAmount && d.MntAcompte > d.MntFactureTTC * MaxAcompteShare)
            yield return ErrorCatalog.Error(ErrorCodes.MontantAcompte,
                Invariant($"Le montant de l'acompte ({d.MntAcompte}) est supérieur à 50 % du montant total de la facture ({d.MntFactureTTC})."));
    }

    /// <summary>D14: the cent, half away from zero.</summary>
    public static decimal RoundToCent(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>Significant decimals: 20.10 and 20.1 both have one.</summary>
    public static int Decimals(decimal value)
    {
        var normalized = value / 1.000000000000000000000000000000000m;
        return (decimal.GetBits(normalized)[3] >> 16) & 0xFF;
    }
}
