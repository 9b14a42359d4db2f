using AiciSandbox.Domain.PaymentRequests;
using AiciSandbox.Domain.Simulation;

namespace AiciSandbox.Domain.Tests.PaymentRequests;

/// <summary>
/// <see cref="DemandeSubmissions.Decide"/> computes each accepted demande's money (decision D15) against the particulier's yearly
/// ceiling: what earlier demandes retained (<c>eligibleDejaRetenu</c>) and what earlier items of the same batch used.
/// </summary>
public class DemandeSubmissionsCeilingTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 20, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Decide_AcceptedDemande_CarriesItsMoneyAndItsNotificationDate()
    {
        var accepted = Decide(Persona.Ordinaire, [Demande("F-1", 2)]).Single().Accepted!;

        accepted.Montants.Should().Be(new Montants(50m, 0m, 50m, 50m, 25m, 25m, 50m));
        accepted.Echeancier.Should().Be(new Echeancier(Now.AddMinutes(1)));
    }

    [Fact]
    public void Decide_BatchForThePlafondPersona_ConsumesTheCeilingItemByItem()
    {
        var outcomes = Decide(Persona.PlafondBas, [Demande("F-1", 24), Demande("F-2", 24), Demande("F-3", 24)]);

        outcomes.Select(o => o.Accepted!.Argent.EligibleRetenu).Should().Equal(600m, 400m, 0m);
        outcomes.Select(o => o.Accepted!.Argent.Aide).Should().Equal(300m, 200m, 0m);
        outcomes.Select(o => o.Accepted!.Argent.ResteACharge).Should().Equal(300m, 400m, 600m);
        outcomes.Select(o => o.Accepted!.Argent.Virement).Should().Equal(600m, 600m, 600m);
    }

    [Fact]
    public void Decide_RejectedItem_ConsumesNoCeiling()
    {
        var outcomes = Decide(Persona.PlafondBas, [Demande("F-1", 24), Demande("F-2", 24) with { MntFactureTTC = 601m }, Demande("F-3", 24)]);

        outcomes[1].Accepted.Should().BeNull();
        outcomes[2].Accepted!.Argent.Aide.Should().Be(200m);
    }

    [Theory]
    [InlineData(0, 25)]
    [InlineData(11_950, 25)]
    [InlineData(11_980, 10)]
    [InlineData(12_000, 0)]
    public void Decide_EligibleAlreadyRetainedThisYear_IsDeductedFromTheCeiling(decimal dejaRetenu, decimal aide)
    {
        var deja = new Dictionary<PlafondKey, decimal> { [new PlafondKey(DemandeSamples.IdClient, 2026)] = dejaRetenu };

        var accepted = Decide(Persona.Ordinaire, [Demande("F-1", 2)], deja).Single().Accepted!;

        accepted.Argent.Aide.Should().Be(aide);
        accepted.Argent.ResteACharge.Should().Be(50m - aide);
    }

    [Fact]
    public void Decide_DemandesOfDifferentYears_UseSeparateCeilings()
    {
        var deja = new Dictionary<PlafondKey, decimal> { [new PlafondKey(DemandeSamples.IdClient, 2025)] = 1_000m };
        var december = Demande("F-1", 4, "2025-12-01T08:00:00Z", "2025-12-12T17:00:00Z");
        var january = Demande("F-2", 4, "2026-01-05T08:00:00Z", "2026-01-16T17:00:00Z");

        var outcomes = Decide(Persona.PlafondBas, [december, january], deja);

        outcomes.Select(o => o.Accepted!.Argent.Aide).Should().Equal(0m, 50m);
    }

    [Fact]
    public void Decide_AnotherParticuliersRetainedAmount_DoesNotCount()
    {
        var deja = new Dictionary<PlafondKey, decimal> { [new PlafondKey("un-autre-particulier", 2026)] = 1_000m };

        Decide(Persona.PlafondBas, [Demande("F-1", 2)], deja).Single().Accepted!.Argent.Aide.Should().Be(25m);
    }

    [Fact]
    public void PlafondKey_EmploymentStartingOnNewYearsEveInUtc_CountsForTheParisYear()
    {
        var demande = Demande("F-1", 2, "2025-12-31T23:30:00Z", "2026-01-09T17:00:00Z");
        var deja = new Dictionary<PlafondKey, decimal> { [new PlafondKey(DemandeSamples.IdClient, 2026)] = 1_000m };

        PlafondKey.Of(demande).Should().Be(new PlafondKey(DemandeSamples.IdClient, 2026));
        Decide(Persona.PlafondBas, [demande], deja).Single().Accepted!.Argent.Aide.Should().Be(0m);
    }

    /// <summary>A valid demande of <paramref name="heures"/> hours of ménage at 25 € TTC (TVA 10 %).</summary>
    private static DemandePaiementRequest Demande(string numero, int heures,
        string debut = "2026-03-02T08:00:00Z", string fin = "2026-03-13T17:00:00Z")
    {
        var ttc = heures * 25m;
        var ht = Math.Round(ttc / 1.1m, 2, MidpointRounding.AwayFromZero);
        return DemandeSamples.Valid(numero) with
        {
            DateDebutEmploi = debut,
            DateFinEmploi = fin,
            MntFactureTTC = ttc,
            MntFactureHT = ht,
            InputPrestations = [DemandeSamples.Line() with { Quantite = heures, MntPrestationTTC = ttc, MntPrestationHT = ht, MntPrestationTVA = ttc - ht }],
        };
    }

    private static IReadOnlyList<DemandeOutcome> Decide(Persona persona, IReadOnlyList<DemandePaiementRequest> batch,
        IReadOnlyDictionary<PlafondKey, decimal>? deja = null)
    {
        var particulier = DemandeSamples.Particulier(new DateTimeOffset(2025, 11, 1, 10, 0, 0, TimeSpan.Zero)) with { Persona = persona };
        var outcomes = DemandeSubmissions.Decide(batch, DemandeSamples.Known(particulier), new HashSet<string>(), Now, deja, DemandeId.New);
        outcomes.Where(o => o.Request.MntFactureTTC == o.Request.InputPrestations!.Sum(p => p!.MntPrestationTTC))
            .Should().AllSatisfy(o => o.Errors.Should().BeEmpty());
        return outcomes;
    }
}
