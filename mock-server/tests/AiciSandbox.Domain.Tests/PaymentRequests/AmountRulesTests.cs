using AiciSandbox.Domain.Errors;
using AiciSandbox.Domain.PaymentRequests;

namespace AiciSandbox.Domain.Tests.PaymentRequests;

/// <summary>The arithmetic of a demande (facts §5.2, decisions D8 and D14).</summary>
public class AmountRulesTests
{
    private const string Path = "inputDemandePaiements[0]";

    [Fact]
    public void Check_SampleDemande_HasNoError() => AmountRules.Check(DemandeSamples.Valid(), Path).Should().BeEmpty();

    [Theory]
    [InlineData("mntFactureHT")]
    [InlineData("mntAcompte")]
    [InlineData("inputPrestations[0].quantite")]
    [InlineData("inputPrestations[0].mntUnitaireTTC")]
    [InlineData("inputPrestations[0].mntPrestationTTC")]
    [InlineData("inputPrestations[0].mntPrestationHT")]
    [InlineData("inputPrestations[0].mntPrestationTVA")]
    [InlineData("mntFactureTTC")]
    public void Check_NegativeValue_IsErrValeurNegativeNamingTheField(string field)
    {
        var d = DemandeSamples.Valid();
        var line = DemandeSamples.Line();
        var demande = field switch
        {
            "mntFactureHT" => d with { MntFactureHT = -45.45m },
            "mntAcompte" => d with { MntAcompte = -10m, DateVersementAcompte = "2026-03-01" },
            "mntFactureTTC" => d with { MntFactureTTC = -50m },
            _ => d with
            {
                InputPrestations = [field[(field.IndexOf('.') + 1)..] switch
                {
                    "quantite" => line with { Quantite = -2m },
                    "mntUnitaireTTC" => line with { MntUnitaireTTC = -25m },
                    "mntPrestationTTC" => line with { MntPrestationTTC = -50m },
                    "mntPrestationHT" => line with { MntPrestationHT = -45.45m },
                    _ => line with { MntPrestationTVA = -4.55m },
                }],
            },
        };

        var negative = AmountRules.Check(demande, Path).Where(e => e.Code == ErrorCodes.ValeurNegative).ToList();

        negative.Should().ContainSingle().Which.Description.Should().Contain($"{Path}.{field} ");
    }

    [Fact]
    public void Check_NegativeInvoiceHtOnly_IsOnlyErrValeurNegative() =>
        AmountRules.Check(DemandeSamples.Valid() with { MntFactureHT = -1m }, Path).ShouldBeSingle(ErrorCodes.ValeurNegative);

    [Theory]
    [InlineData("mntFactureHT", 45.455)]
    [InlineData("mntAcompte", 10.005)]
    [InlineData("inputPrestations[0].mntUnitaireTTC", 25.0001)]
    public void Check_TooManyDecimals_IsOnlyErrFormatValeurNamingTheField(string field, double value)
    {
        var amount = (decimal)value;
        var demande = field switch
        {
            "mntFactureHT" => DemandeSamples.Valid() with { MntFactureHT = amount },
            "mntAcompte" => DemandeSamples.Valid() with { MntAcompte = amount, DateVersementAcompte = "2026-03-01" },
            _ => DemandeSamples.WithLine(l => l with { MntUnitaireTTC = amount }),
        };

        AmountRules.Check(demande, Path).ShouldBeSingle(ErrorCodes.FormatValeur).Description.Should().Contain($"{Path}.{field} ");
    }

    [Fact]
    public void Check_LineAmountsWithThreeDecimalsButBalanced_IsErrFormatValeurForEach()
    {
        var demande = DemandeSamples.WithLine(l => l with { MntPrestationHT = 45.454m, MntPrestationTVA = 4.546m });

        AmountRules.Check(demande, Path).Codes().Should().Equal(ErrorCodes.FormatValeur, ErrorCodes.FormatValeur);
    }

    [Theory]
    [InlineData(3, 6.015, 18.05)]
    [InlineData(1, 69.996, 70.00)]
    [InlineData(1.75, 22.222, 38.89)]
    [InlineData(0.5, 0.01, 0.01)]
    [InlineData(2, 20.10, 40.2)]
    public void Check_UnitPriceWithUpToThreeDecimalsAndTtcRoundedHalfAwayFromZero_IsAccepted(double quantite, double unit, double ttc)
    {
        var total = (decimal)ttc;
        var demande = DemandeSamples.Valid() with
        {
            MntFactureTTC = total,
            MntFactureHT = total,
            InputPrestations = [DemandeSamples.Line() with
            {
                Quantite = (decimal)quantite, MntUnitaireTTC = (decimal)unit, MntPrestationTTC = total, MntPrestationHT = total, MntPrestationTVA = 0m,
            }],
        };

        AmountRules.Check(demande, Path).Should().BeEmpty();
    }

    [Theory]
    [InlineData(1.75, 22.222, 38.88)] // 38.8885 rounded half to even would give 38.88
    [InlineData(1.75, 22.222, 38.8885)]
    [InlineData(2, 25, 49.99)]
    [InlineData(0.5, 0.01, 0)]
    public void Check_TtcOtherThanRoundedProduct_IsErrMntPrestTtc(double quantite, double unit, double ttc)
    {
        var total = (decimal)ttc;
        var demande = DemandeSamples.Valid() with
        {
            MntFactureTTC = total,
            MntFactureHT = total,
            InputPrestations = [DemandeSamples.Line() with
            {
                Quantite = (decimal)quantite, MntUnitaireTTC = (decimal)unit, MntPrestationTTC = total, MntPrestationHT = total, MntPrestationTVA = 0m,
            }],
        };

        AmountRules.Check(demande, Path).Codes().Should().Contain(ErrorCodes.MontantPrestationTtc);
    }

    [Fact]
    public void Check_HtPlusTvaNotTtc_IsOnlyErrMntPrestHtTva() =>
        AmountRules.Check(DemandeSamples.WithLine(l => l with { MntPrestationTVA = 4.54m }), Path)
            .ShouldBeSingle(ErrorCodes.MontantPrestationHtTva).Description.Should().Contain($"{Path}.inputPrestations[0]");

    [Fact]
    public void Check_SumOfLinesNotInvoiceTotal_IsOnlyErrTotalPrestations() =>
        AmountRules.Check(DemandeSamples.Valid() with { InputPrestations = [DemandeSamples.Line(), DemandeSamples.Line()] }, Path)
            .ShouldBeSingle(ErrorCodes.TotalPrestations);

    [Fact]
    public void Check_TwoLinesSummingToInvoiceTotal_IsAccepted() =>
        AmountRules.Check(DemandeSamples.Valid() with
        {
            MntFactureTTC = 100m, MntFactureHT = 90.90m, InputPrestations = [DemandeSamples.Line(), DemandeSamples.Line()],
        }, Path).Should().BeEmpty();

    [Theory]
    [InlineData(25, true)]
    [InlineData(25.01, false)]
    [InlineData(0.01, true)]
    public void Check_AcompteUpToHalfTheInvoice_IsAcceptedAboveIsErrMontantAcompte(double acompte, bool accepted)
    {
        var demande = DemandeSamples.Valid() with { MntAcompte = (decimal)acompte, DateVersementAcompte = "2026-03-01T00:00:00Z" };

        var errors = AmountRules.Check(demande, Path);

        if (accepted) errors.Should().BeEmpty();
        else errors.ShouldBeSingle(ErrorCodes.MontantAcompte);
    }

    [Fact]
    public void Check_AcompteWithoutDate_IsErrMontantAcompte() =>
        AmountRules.Check(DemandeSamples.Valid() with { MntAcompte = 10m }, Path).ShouldBeSingle(ErrorCodes.MontantAcompte)
            .Description.Should().Contain("dateVersementAcompte");

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    public void Check_DateWithoutAcompte_IsErrMontantAcompte(int? acompte) =>
        AmountRules.Check(DemandeSamples.Valid() with { MntAcompte = acompte, DateVersementAcompte = "2026-03-01" }, Path)
            .ShouldBeSingle(ErrorCodes.MontantAcompte);

    [Fact]
    public void Check_ZeroAcompteWithoutDate_IsAccepted() =>
        AmountRules.Check(DemandeSamples.Valid() with { MntAcompte = 0m }, Path).Should().BeEmpty();

    [Theory]
    [InlineData("20.10", 1)]
    [InlineData("20.1", 1)]
    [InlineData("20.100", 1)]
    [InlineData("6.015", 3)]
    [InlineData("69.996", 3)]
    [InlineData("100", 0)]
    [InlineData("100.00", 0)]
    [InlineData("0.000", 0)]
    [InlineData("-0.05", 2)]
    public void Decimals_TrailingZeros_DoNotCount(string text, int expected) =>
        AmountRules.Decimals(decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(expected);

    [Theory]
    [InlineData("38.8885", "38.89")]
    [InlineData("0.005", "0.01")]
    [InlineData("0.015", "0.02")]
    [InlineData("-0.005", "-0.01")]
    [InlineData("2.675", "2.68")]
    public void RoundToCent_Midpoint_GoesAwayFromZero(string value, string expected) =>
        AmountRules.RoundToCent(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture))
            .Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
}
