using AiciSandbox.Domain.PaymentRequests;
using AiciSandbox.Domain.Simulation;

namespace AiciSandbox.Domain.Tests.PaymentRequests;

/// <summary>
/// The money of a demande (decision D15): aid = 50 % of the eligible TTC (nature 270 « Divers » excluded) within what is left of
/// the yearly ceiling of eligible expenses, rounded to the cent; reste à charge = TTC − acompte − aid; virement = TTC − acompte.
/// </summary>
public class MontantsTests
{
    [Fact]
    public void Of_EligibleLinesOnly_AidIsHalfTheTtc()
    {
        var m = Montants.Of(Request(null, ("60", 50m)), Personas.PlafondAnnuel);

        m.Should().Be(new Montants(Ttc: 50m, Acompte: 0m, Eligible: 50m, EligibleRetenu: 50m, Aide: 25m, ResteACharge: 25m, Virement: 50m));
    }

    [Fact]
    public void Of_WithDiversAndAcompte_LeavesNature270OutOfTheAid()
    {
        var m = Montants.Of(Request(20m, ("60", 100m), ("270", 50m)), Personas.PlafondAnnuel);

        m.Eligible.Should().Be(100m);
        m.Aide.Should().Be(50m);
        m.ResteACharge.Should().Be(80m); // 150 − 20 − 50
        m.Virement.Should().Be(130m);    // 150 − 20
    }

    [Fact]
    public void Of_SeveralEligibleNatures_AddsThemUp()
    {
        var m = Montants.Of(Request(null, ("10", 30m), ("60", 40m), ("260", 10m)), Personas.PlafondAnnuel);

        m.Eligible.Should().Be(80m);
        m.Aide.Should().Be(40m);
    }

    [Theory]
    [InlineData(12_000, 100, 50)]    // well within the ceiling
    [InlineData(30, 30, 15)]         // only 30 € of ceiling left
    [InlineData(0, 0, 0)]            // ceiling used up
    [InlineData(-50, 0, 0)]          // already over: never a negative aid
    [InlineData(1_000, 100, 50)]     // the « Plafond » persona's ceiling
    public void Of_RemainingCeiling_CapsTheEligibleAmountRetained(decimal plafondRestant, decimal retenu, decimal aide)
    {
        var m = Montants.Of(Request(null, ("60", 100m)), plafondRestant);

        m.EligibleRetenu.Should().Be(retenu);
        m.Aide.Should().Be(aide);
        m.ResteACharge.Should().Be(100m - aide);
        m.Virement.Should().Be(100m);
    }

    [Theory]
    [InlineData(33.33, 16.67)] // 16.665: half away from zero (D14)
    [InlineData(0.01, 0.01)]
    [InlineData(0.03, 0.02)]
    [InlineData(99.99, 50.00)]
    [InlineData(1234.57, 617.29)]
    public void Of_OddCents_RoundsTheAidHalfAwayFromZero(decimal eligible, decimal aide) =>
        Montants.Of(Request(null, ("60", eligible)), Personas.PlafondAnnuel).Aide.Should().Be(aide);

    [Fact]
    public void Of_AcompteAboveTheShareLeftAfterAid_NeverMakesANegativeResteACharge()
    {
        var m = Montants.Of(Request(60m, ("60", 100m)), Personas.PlafondAnnuel);

        m.ResteACharge.Should().Be(0m);
        m.Virement.Should().Be(40m);
    }

    [Fact]
    public void Of_PersonaCeilings_AreTwelveThousandAndOneThousandEuros()
    {
        Personas.PlafondOf(Persona.Ordinaire).Should().Be(12_000m);
        Personas.PlafondOf(Persona.Valideur).Should().Be(12_000m);
        Personas.PlafondOf(Persona.PlafondBas).Should().Be(1_000m);
        Montants.TauxAide.Should().Be(0.5m);
    }

    /// <summary>A demande whose lines have these natures and TTC amounts (the arithmetic of each line is not the point here).</summary>
    internal static DemandePaiementRequest Request(decimal? acompte, params (string Nature, decimal Ttc)[] lines) => DemandeSamples.Valid() with
    {
        MntFactureTTC = lines.Sum(l => l.Ttc),
        MntAcompte = acompte,
        InputPrestations = lines.Select(l => DemandeSamples.Line() with { CodeNature = l.Nature, MntPrestationTTC = l.Ttc }).ToList(),
    };
}
