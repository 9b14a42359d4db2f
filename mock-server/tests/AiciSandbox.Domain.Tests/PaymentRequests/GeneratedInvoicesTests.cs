using AiciSandbox.Domain.Errors;
using AiciSandbox.Domain.PaymentRequests;
using Bogus;

namespace AiciSandbox.Domain.Tests.PaymentRequests;

/// <summary>
/// Volume: invoices generated with Bogus (fixed seed) whose amounts are computed as the rules say always pass
/// <see cref="AmountRules"/>, and each single mutation of a correct invoice is caught with its own code.
/// </summary>
public class GeneratedInvoicesTests
{
    private const string Path = "inputDemandePaiements[0]";

    /// <summary>VAT rate per nature (CAERP's product list, facts §3.4).</summary>
    private static readonly (string Nature, decimal Rate)[] Natures =
        [("10", 0.055m), ("30", 0.055m), ("60", 0.10m), ("70", 0.20m), ("80", 0.10m), ("100", 0.10m), ("160", 0.20m), ("220", 0.055m)];

    public static TheoryData<string, string> Mutations => new()
    {
        { "line TTC one cent off (HT + TVA and total kept consistent)", ErrorCodes.MontantPrestationTtc },
        { "line TVA one cent off", ErrorCodes.MontantPrestationHtTva },
        { "invoice TTC one cent off", ErrorCodes.TotalPrestations },
        { "unit price one euro higher", ErrorCodes.MontantPrestationTtc },
        { "line HT with a third decimal", ErrorCodes.FormatValeur },
        { "negative invoice HT", ErrorCodes.ValeurNegative },
        { "acompte one cent above half", ErrorCodes.MontantAcompte },
        { "acompte without its date", ErrorCodes.MontantAcompte },
    };

    [Fact]
    public void Check_200InvoicesWithCorrectlyComputedAmounts_AllPass()
    {
        var faker = new Faker("fr") { Random = new Randomizer(7231) };

        var failures = Enumerable.Range(0, 200).Select(_ => Invoice(faker))
            .Select(d => AmountRules.Check(d, Path).ToList())
            .Where(errors => errors.Count > 0)
            .Select(errors => string.Join("; ", errors.Select(e => e.Description)))
            .ToList();

        failures.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Mutations))]
    public void Check_200InvoicesWithOneMutation_AreAllCaughtWithTheMutationCode(string mutation, string expectedCode)
    {
        var faker = new Faker("fr") { Random = new Randomizer(7232) };

        var codes = Enumerable.Range(0, 200).Select(_ => Mutate(Invoice(faker), mutation, faker))
            .Select(d => AmountRules.Check(d, Path).Codes().Distinct().ToList())
            .ToList();

        codes.Should().AllSatisfy(c => c.Should().Equal(expectedCode));
    }

    private static DemandePaiementRequest Invoice(Faker f)
    {
        var lines = Enumerable.Range(0, f.Random.Int(1, 5)).Select(_ =>
        {
            var (nature, rate) = f.PickRandom(Natures);
            var quantite = f.Random.Int(25, 1200) / 100m;
            var unit = f.Random.Int(500, 90_000) / 1000m;
            var ttc = AmountRules.RoundToCent(quantite * unit);
            var ht = AmountRules.RoundToCent(ttc / (1 + rate));
            return new PrestationRequest
            {
                CodeNature = nature, Unite = f.PickRandom("HEURE", "FORFAIT"), Quantite = quantite, MntUnitaireTTC = unit,
                MntPrestationTTC = ttc, MntPrestationHT = ht, MntPrestationTVA = ttc - ht, Complement2 = "SAP852330992",
            };
        }).ToList();
        var total = lines.Sum(l => l.MntPrestationTTC!.Value);
        var acompte = f.Random.Bool() ? Math.Floor(total * f.Random.Int(1, 50)) / 100m : (decimal?)null;
        return DemandeSamples.Valid() with
        {
            MntFactureTTC = total,
            MntFactureHT = lines.Sum(l => l.MntPrestationHT!.Value),
            MntAcompte = acompte,
            DateVersementAcompte = acompte is null ? null : "2026-03-01T00:00:00Z",
            InputPrestations = lines,
        };
    }

    private static DemandePaiementRequest Mutate(DemandePaiementRequest d, string mutation, Faker f)
    {
        var lines = d.InputPrestations!.Select(l => l!).ToList();
        var j = f.Random.Int(0, lines.Count - 1);
        var line = lines[j];
        var total = d.MntFactureTTC!.Value;
        switch (mutation)
        {
            case "line TTC one cent off (HT + TVA and total kept consistent)":
                lines[j] = line with { MntPrestationTTC = line.MntPrestationTTC + 0.01m, MntPrestationTVA = line.MntPrestationTVA + 0.01m };
                return d with { InputPrestations = lines, MntFactureTTC = total + 0.01m };
            case "line TVA one cent off":
                lines[j] = line with { MntPrestationTVA = line.MntPrestationTVA + 0.01m };
                return d with { InputPrestations = lines };
            case "invoice TTC one cent off":
                return d with { MntFactureTTC = total + 0.01m };
            case "unit price one euro higher":
                lines[j] = line with { MntUnitaireTTC = line.MntUnitaireTTC + 1m };
                return d with { InputPrestations = lines };
            case "line HT with a third decimal":
                lines[j] = line with { MntPrestationHT = line.MntPrestationHT + 0.001m, MntPrestationTVA = line.MntPrestationTVA - 0.001m };
                return d with { InputPrestations = lines };
            case "negative invoice HT":
                return d with { MntFactureHT = -d.MntFactureHT!.Value - 0.01m };
            case "acompte one cent above half":
                return d with { MntAcompte = AmountRules.RoundToCent(total / 2) + 0.01m, DateVersementAcompte = "2026-03-01" };
            default:
                return d with { MntAcompte = AmountRules.RoundToCent(total / 3) + 0.01m, DateVersementAcompte = null };
        }
    }
}
