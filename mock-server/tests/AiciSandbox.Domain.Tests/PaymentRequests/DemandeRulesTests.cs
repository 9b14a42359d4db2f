using System.Globalization;
using AiciSandbox.Domain.Errors;
using AiciSandbox.Domain.Particuliers;
using AiciSandbox.Domain.PaymentRequests;

namespace AiciSandbox.Domain.Tests.PaymentRequests;

/// <summary>The particulier and period rules of one demande (facts §5.2), judged through <see cref="DemandeSubmissions.Decide"/>.</summary>
public partial class DemandeRulesTests
{
    [Fact]
    public void Decide_SampleDemandeForActiveParticulier_IsAccepted() =>
        Decide(DemandeSamples.Valid()).Errors.Should().BeEmpty();

    [Fact]
    public void Decide_UnknownIdClient_IsErrParticulierInconnu() =>
        Decide(DemandeSamples.Valid() with { IdClient = "5a1b9c3e-0000-4000-8000-000000000000" })
            .Errors.ShouldBeSingle(ErrorCodes.ParticulierInconnu);

    [Theory]
    [InlineData("1980-03-30T00:00:00Z")]
    [InlineData("1980-03-29T23:30:00Z")] // already 30 March in Paris
    [InlineData("1981-03-29")]
    public void Decide_BirthDateOfAnotherDay_IsErrParticulierInconnu(string dateNaissance) =>
        Decide(DemandeSamples.Valid() with { DateNaissanceClient = dateNaissance }).Errors.ShouldBeSingle(ErrorCodes.ParticulierInconnu);

    [Theory]
    [InlineData("1980-03-29")]
    [InlineData("1980-03-29T00:00:00.000Z")]
    [InlineData("1980-03-28T23:00:00.000Z")] // midnight in Paris, as JavaScript's toISOString() sends it
    public void Decide_BirthDateOfTheSameParisDay_IsAccepted(string dateNaissance) =>
        Decide(DemandeSamples.Valid() with { DateNaissanceClient = dateNaissance }).Errors.Should().BeEmpty();

    [Theory]
    [InlineData(ParticulierStatus.AppareillageEnCours, ErrorCodes.LienParticulierPrestataire)]
    [InlineData(ParticulierStatus.AppareillageNonFinalise, ErrorCodes.LienParticulierPrestataire)]
    [InlineData(ParticulierStatus.Bloque, ErrorCodes.CompteBloque)]
    [InlineData(ParticulierStatus.MandatEchu, ErrorCodes.MandatEchu)]
    public void Decide_ParticulierNotActive_IsRefusedWithItsCode(ParticulierStatus statut, string code)
    {
        var particulier = DemandeSamples.Particulier(new DateTimeOffset(2026, 2, 1, 10, 0, 0, TimeSpan.Zero), statut);

        Decide(DemandeSamples.Valid(), particulier).Errors.ShouldBeSingle(code);
    }

    [Theory]
    [InlineData("2026-03-02T09:59:00Z", false)]
    [InlineData("2026-03-02T09:59:59Z", false)]
    [InlineData("2026-03-02", false)]
    [InlineData("2026-03-02T10:00:00Z", true)]
    [InlineData("2026-03-02T10:05:00Z", true)]
    public void Decide_EmploymentStartAgainstActivationInstant_IsRefusedOnlyBefore(string debut, bool accepted)
    {
        var particulier = DemandeSamples.Particulier(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero));

        var outcome = Decide(DemandeSamples.Valid() with { DateDebutEmploi = debut }, particulier);

        if (accepted) outcome.Errors.Should().BeEmpty();
        else outcome.Errors.ShouldBeSingle(ErrorCodes.LienParticulierPrestataire).Description.Should().Contain("02/03/2026 11:00:00");
    }

    [Fact]
    public void Decide_FinBeforeDebut_IsErrDateFinAvantDateDeb() =>
        Decide(DemandeSamples.Valid() with { DateDebutEmploi = "2026-03-13T08:00:00Z", DateFinEmploi = "2026-03-12T17:00:00Z" })
            .Errors.ShouldBeSingle(ErrorCodes.DateFinAvantDebut);

    [Theory]
    [InlineData("2026-03-02T08:00:00Z", "2026-03-20T09:00:00Z", true)] // fin = now
    [InlineData("2026-03-02T08:00:00Z", "2026-03-20T08:59:00Z", true)]
    [InlineData("2026-03-02T08:00:00Z", "2026-03-20T09:01:00Z", false)] // one minute after now
    [InlineData("2026-03-02T08:00:00Z", "2026-03-20T18:00:00Z", false)] // later the same day
    [InlineData("2026-03-20T09:01:00Z", "2026-03-20T10:00:00Z", false)]
    public void Decide_EmploymentAfterNow_IsErrDateFuturToTheMinute(string debut, string fin, bool accepted)
    {
        var outcome = Decide(DemandeSamples.Valid() with { DateDebutEmploi = debut, DateFinEmploi = fin });

        if (accepted) outcome.Errors.Should().BeEmpty();
        else outcome.Errors.ShouldBeSingle(ErrorCodes.DateFutur);
    }

    [Theory]
    [InlineData("2026-03-15T08:00:00Z", "2026-03-31T21:30:00Z", true)]  // 23:30 on 31 March in Paris
    [InlineData("2026-03-15T08:00:00Z", "2026-03-31T22:30:00Z", false)] // 00:30 on 1 April in Paris
    [InlineData("2026-02-28T23:30:00Z", "2026-03-10T08:00:00Z", true)]  // 00:30 on 1 March in Paris
    [InlineData("2026-02-28T22:30:00Z", "2026-03-10T08:00:00Z", false)] // 23:30 on 28 February in Paris
    [InlineData("2025-12-15", "2026-01-05", false)]
    public void Decide_PeriodOverTwoParisCalendarMonths_IsErrPeriodeEmploiMoisNonUnique(string debut, string fin, bool accepted)
    {
        var particulier = DemandeSamples.Particulier(new DateTimeOffset(2025, 11, 1, 10, 0, 0, TimeSpan.Zero));
        var now = new DateTimeOffset(2026, 4, 20, 9, 0, 0, TimeSpan.Zero);

        var outcome = Decide(DemandeSamples.Valid() with { DateDebutEmploi = debut, DateFinEmploi = fin }, particulier, now);

        if (accepted) outcome.Errors.Should().BeEmpty();
        else outcome.Errors.ShouldBeSingle(ErrorCodes.PeriodeEmploiMoisNonUnique);
    }

    [Theory]
    [InlineData("2019-12-02T08:00:00Z", "2019-12-20T08:00:00Z", true)]
    [InlineData("2019-12-31T22:30:00Z", "2020-01-10T08:00:00Z", true)] // 23:30 on 31 December 2019 in Paris
    [InlineData("2019-12-31T23:30:00Z", "2020-01-10T08:00:00Z", false)] // 1 January 2020 in Paris: not before
    public void Period_BeforeExperimentationStart_IsErrDatePaiementAvantExp(string debut, string fin, bool before)
    {
        var now = new DateTimeOffset(2026, 3, 20, 9, 0, 0, TimeSpan.Zero);

        var codes = DemandeRules.Period(Instant(debut), Instant(fin), now).Codes().ToList();

        codes.Contains(ErrorCodes.DatePaiementAvantExperimentation).Should().Be(before);
    }

    [Fact]
    public void Period_FinBeforeDebutAcrossMonthsInTheFuture_ReportsEveryRule() =>
        DemandeRules.Period(Instant("2026-05-02T08:00:00Z"), Instant("2026-04-20T08:00:00Z"), Instant("2026-03-20T09:00:00Z")).Codes()
            .Should().Equal(ErrorCodes.DateFinAvantDebut, ErrorCodes.DateFutur, ErrorCodes.PeriodeEmploiMoisNonUnique);

    private static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>One demande judged on 20 March 2026 at 09:00 UTC against the sample particulier activated on 1 February.</summary>
    private static DemandeOutcome Decide(DemandePaiementRequest demande, Particulier? particulier = null, DateTimeOffset? now = null) =>
        DemandeSubmissions.Decide([demande],
            DemandeSamples.Known(particulier ?? DemandeSamples.Particulier(new DateTimeOffset(2026, 2, 1, 10, 0, 0, TimeSpan.Zero))),
            new HashSet<string>(), now ?? new DateTimeOffset(2026, 3, 20, 9, 0, 0, TimeSpan.Zero), null, DemandeId.New).Single();
}
