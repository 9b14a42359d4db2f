using AiciSandbox.Domain.Errors;
using AiciSandbox.Domain.Particuliers;
using AiciSandbox.Domain.PaymentRequests;

namespace AiciSandbox.Domain.Tests.PaymentRequests;

/// <summary><see cref="DemandeSubmissions.Decide"/> over a batch: order, doublons, what an accepted demande becomes.</summary>
public class DemandeSubmissionsTests
{
    [Fact]
    public void Decide_AcceptedDemande_IsIntegreeWithUuidIdAndSubmittedAtNow()
    {
        var now = new DateTimeOffset(2026, 3, 20, 9, 0, 0, TimeSpan.Zero);

        var accepted = Decide([DemandeSamples.Valid()], now).Single().Accepted!;

        accepted.Statut.Should().Be(DemandeStatus.Integree);
        accepted.Statut.Code().Should().Be("10");
        Guid.TryParse(accepted.Id.Value, out _).Should().BeTrue();
        accepted.IdClient.Value.Should().Be(DemandeSamples.IdClient);
        accepted.NumFactureTiers.Should().Be("F-2026-0001");
        accepted.SoumiseLe.Should().Be(now);
        accepted.DateFacture.Should().Be(new DateOnly(2026, 3, 16));
        accepted.InfoRejet.Should().BeNull();
        accepted.InfoVirement.Should().BeNull();
    }

    [Fact]
    public void Decide_DateFactureAtParisMidnightInUtc_IsTheParisDay() =>
        Decide([DemandeSamples.Valid() with { DateFacture = "2026-03-15T23:00:00.000Z" }], new DateTimeOffset(2026, 3, 20, 9, 0, 0, TimeSpan.Zero))
            .Single().Accepted!.DateFacture.Should().Be(new DateOnly(2026, 3, 16));

    [Fact]
    public void Decide_AcceptedDemande_HasItsDatesWrittenAsUtcDateTimes()
    {
        var demande = DemandeSamples.Valid() with
        {
            DateNaissanceClient = "1980-03-29",
            DateFacture = "2026-03-16T00:00:00.000Z",
            DateDebutEmploi = "2026-03-02T08:00Z",
            DateVersementAcompte = "2026-03-01",
            MntAcompte = 10m,
            InputPrestations = [DemandeSamples.Line() with { DateDebutEmploi = "2026-03-02", DateFinEmploi = null }],
        };

        var echoed = Decide([demande], new DateTimeOffset(2026, 3, 20, 9, 0, 0, TimeSpan.Zero)).Single().Accepted!.Demande;

        echoed.DateNaissanceClient.Should().Be("1980-03-29T00:00:00Z");
        echoed.DateFacture.Should().Be("2026-03-16T00:00:00Z");
        echoed.DateDebutEmploi.Should().Be("2026-03-02T08:00:00Z");
        echoed.DateFinEmploi.Should().Be("2026-03-13T17:00:00Z");
        echoed.DateVersementAcompte.Should().Be("2026-03-01T00:00:00Z");
        echoed.InputPrestations!.Single()!.DateDebutEmploi.Should().Be("2026-03-02T00:00:00Z");
        echoed.InputPrestations!.Single()!.DateFinEmploi.Should().BeNull();
    }

    [Fact]
    public void Decide_MixedBatch_KeepsInputOrderAndJudgesEachItemAlone()
    {
        var batch = new[]
        {
            DemandeSamples.Valid("F-1"),
            DemandeSamples.Valid("F-2") with { IdClient = "inconnu" },
            DemandeSamples.Valid("F-3"),
            DemandeSamples.Valid("F-4") with { MntFactureTTC = 51m },
        };

        var outcomes = Decide(batch, new DateTimeOffset(2026, 3, 20, 9, 0, 0, TimeSpan.Zero));

        outcomes.Select(o => o.Request.NumFactureTiers).Should().Equal("F-1", "F-2", "F-3", "F-4");
        outcomes.Select(o => o.Accepted is not null).Should().Equal(true, false, true, false);
        outcomes[1].Errors.ShouldBeSingle(ErrorCodes.ParticulierInconnu);
        outcomes[3].Errors.ShouldBeSingle(ErrorCodes.TotalPrestations).Description.Should().Contain("51");
        outcomes.Where(o => o.Accepted is not null).Should().AllSatisfy(o => o.Errors.Should().BeEmpty());
        outcomes[0].Accepted!.Id.Should().NotBe(outcomes[2].Accepted!.Id);
    }

    [Fact]
    public void Decide_NumeroAlreadyUsed_IsErrFactureDoublon()
    {
        var outcome = DemandeSubmissions.Decide([DemandeSamples.Valid("F-7")], Known(), new HashSet<string> { "F-6", "F-7" },
            new DateTimeOffset(2026, 3, 20, 9, 0, 0, TimeSpan.Zero), null, DemandeId.New).Single();

        outcome.Errors.ShouldBeSingle(ErrorCodes.FactureDoublon).Description.Should().Contain("F-7");
    }

    [Fact]
    public void Decide_SameNumeroTwiceInOneBatch_AcceptsTheFirstAndRefusesTheSecond()
    {
        var outcomes = Decide([DemandeSamples.Valid("F-8"), DemandeSamples.Valid("F-8")], new DateTimeOffset(2026, 3, 20, 9, 0, 0, TimeSpan.Zero));

        outcomes[0].Accepted.Should().NotBeNull();
        outcomes[1].Accepted.Should().BeNull();
        outcomes[1].Errors.ShouldBeSingle(ErrorCodes.FactureDoublon);
    }

    [Fact]
    public void Decide_SameNumeroAfterARejectedFirst_AcceptsTheSecond()
    {
        var outcomes = Decide([DemandeSamples.Valid("F-9") with { MntFactureTTC = 1m }, DemandeSamples.Valid("F-9")],
            new DateTimeOffset(2026, 3, 20, 9, 0, 0, TimeSpan.Zero));

        outcomes[0].Errors.ShouldBeSingle(ErrorCodes.TotalPrestations);
        outcomes[1].Accepted.Should().NotBeNull();
    }

    [Fact]
    public void Decide_DoublonWithOtherBrokenRules_ReportsThemAll() =>
        DemandeSubmissions.Decide([DemandeSamples.Valid("F-7") with { IdClient = "inconnu", MntFactureTTC = 1m }], Known(),
                new HashSet<string> { "F-7" }, new DateTimeOffset(2026, 3, 20, 9, 0, 0, TimeSpan.Zero), null, DemandeId.New)
            .Single().Errors.Codes().Should().Equal(ErrorCodes.ParticulierInconnu, ErrorCodes.TotalPrestations, ErrorCodes.FactureDoublon);

    private static IReadOnlyDictionary<string, Particulier> Known() =>
        DemandeSamples.Known(DemandeSamples.Particulier(new DateTimeOffset(2026, 2, 1, 10, 0, 0, TimeSpan.Zero)));

    private static IReadOnlyList<DemandeOutcome> Decide(IReadOnlyList<DemandePaiementRequest> batch, DateTimeOffset now) =>
        DemandeSubmissions.Decide(batch, Known(), new HashSet<string>(), now, null, DemandeId.New);
}
