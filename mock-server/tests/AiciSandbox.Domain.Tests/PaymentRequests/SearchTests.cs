using AiciSandbox.Domain.Errors;
using AiciSandbox.Domain.Particuliers;
using AiciSandbox.Domain.PaymentRequests;

namespace AiciSandbox.Domain.Tests.PaymentRequests;

/// <summary><c>POST /demandePaiement/rechercher</c>: which criterion applies (doc v1.1.7) and what the results become.</summary>
public class SearchTests
{
    [Fact]
    public void Interpret_IdsNumerosAndPeriod_SearchesByIdsOnly() =>
        Search.Interpret(new SearchRequest
        {
            IdDemandePaiements = ["id-1", "id-2"], NumFactureTiers = ["F-1"], DateDebut = "2026-03-01", DateFin = "pas une date",
        }).Value.Should().BeEquivalentTo(new SearchCriterion.ByIds(["id-1", "id-2"]));

    [Fact]
    public void Interpret_NumerosAndPeriod_SearchesByNumeros() =>
        Search.Interpret(new SearchRequest { NumFactureTiers = ["F-1"], DateDebut = "2026-03-01" })
            .Value.Should().BeEquivalentTo(new SearchCriterion.ByNumeros(["F-1"]));

    [Fact]
    public void Interpret_BlankNullAndRepeatedEntries_AreIgnored() =>
        Search.Interpret(new SearchRequest { IdDemandePaiements = ["", null, "  "], NumFactureTiers = [null, "F-1", "", "F-1"] })
            .Value.Should().BeEquivalentTo(new SearchCriterion.ByNumeros(["F-1"]));

    [Fact]
    public void Interpret_OnlyBlankIdsAndPeriod_SearchesByPeriod() =>
        Search.Interpret(new SearchRequest { IdDemandePaiements = [" "], DateDebut = "2026-03-01T00:00:00Z", DateFin = "2026-03-31T21:59:59Z" })
            .Value.Should().Be(new SearchCriterion.ByPeriod(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31)));

    [Theory]
    [InlineData(10, true)]
    [InlineData(11, false)]
    public void Interpret_MoreThanTenIds_IsErrNbreMaxResultat(int count, bool accepted)
    {
        var decision = Search.Interpret(new SearchRequest { IdDemandePaiements = Enumerable.Range(1, count).Select(i => $"id-{i}").ToList() });

        if (accepted) decision.Value.Should().BeOfType<SearchCriterion.ByIds>().Which.Ids.Should().HaveCount(10);
        else decision.Errors.ShouldBeSingle(ErrorCodes.NombreMaxResultat);
    }

    [Fact]
    public void Interpret_MoreThanTenNumeros_IsErrNbreMaxResultat() =>
        Search.Interpret(new SearchRequest { NumFactureTiers = Enumerable.Range(1, 11).Select(i => $"F-{i}").ToList() })
            .Errors.ShouldBeSingle(ErrorCodes.NombreMaxResultat);

    [Fact]
    public void Interpret_ElevenIdsOfWhichTwoRepeated_CountsDistinctIds() =>
        Search.Interpret(new SearchRequest { IdDemandePaiements = [.. Enumerable.Range(1, 9).Select(i => $"id-{i}"), "id-1", "id-2"] })
            .IsAccepted.Should().BeTrue();

    [Fact]
    public void Interpret_NoCriterion_IsErrCritereRechercheVide() =>
        Search.Interpret(new SearchRequest()).Errors.ShouldBeSingle(ErrorCodes.CritereRechercheVide);

    [Fact]
    public void Interpret_EmptyListsAndNullDates_IsErrCritereRechercheVide() =>
        Search.Interpret(new SearchRequest { IdDemandePaiements = [], NumFactureTiers = [null] }).Errors.ShouldBeSingle(ErrorCodes.CritereRechercheVide);

    [Theory]
    [InlineData("2026-03-01", null)]
    [InlineData(null, "2026-03-31")]
    public void Interpret_OneOpenBound_IsAPeriodOpenOnThatSide(string? debut, string? fin)
    {
        var period = Search.Interpret(new SearchRequest { DateDebut = debut, DateFin = fin }).Value.Should().BeOfType<SearchCriterion.ByPeriod>().Subject;

        period.From.Should().Be(debut is null ? null : new DateOnly(2026, 3, 1));
        period.To.Should().Be(fin is null ? null : new DateOnly(2026, 3, 31));
    }

    [Fact]
    public void Interpret_EmptyDateStrings_CountAsNoCriterion() =>
        Search.Interpret(new SearchRequest { DateDebut = "", DateFin = " " }).Errors.ShouldBeSingle(ErrorCodes.CritereRechercheVide);

    [Fact]
    public void Interpret_OneEmptyBound_IsAnOpenBound() =>
        Search.Interpret(new SearchRequest { DateDebut = "", DateFin = "2026-03-31" })
            .Value.Should().Be(new SearchCriterion.ByPeriod(null, new DateOnly(2026, 3, 31)));

    [Fact]
    public void Interpret_NaiveDateTimeAsPythonIsoformatSendsIt_IsAccepted() =>
        Search.Interpret(new SearchRequest { DateDebut = "2053-01-01T00:00:00", DateFin = null })
            .Value.Should().Be(new SearchCriterion.ByPeriod(new DateOnly(2053, 1, 1), null));

    [Theory]
    [InlineData("dateDebut", "01/03/2026")]
    [InlineData("dateFin", "2026-03-31T00:00:00+02:00")]
    [InlineData("dateDebut", "2026-03-02T08:00:00.Z")]
    public void Interpret_MalformedDate_IsErreurValidationNamingTheCriterion(string field, string value)
    {
        var request = field == "dateDebut"
            ? new SearchRequest { DateDebut = value, DateFin = "2026-03-31" }
            : new SearchRequest { DateDebut = "2026-03-01", DateFin = value };

        Search.Interpret(request).Errors.ShouldBeSingleValidation($"inputRechercheDemandePaiement.{field}");
    }

    [Fact]
    public void Results_None_IsErrRechercheVide() =>
        Search.Results([]).Errors.ShouldBeSingle(ErrorCodes.RechercheVide);

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    public void Results_UpToTen_AreReturned(int count) =>
        Search.Results(Found(count)).Value.Should().HaveCount(count);

    [Fact]
    public void Results_Eleven_IsErrNbreMaxResultat() =>
        Search.Results(Found(11)).Errors.ShouldBeSingle(ErrorCodes.NombreMaxResultat);

    private static List<DemandePaiement> Found(int count) => Enumerable.Range(1, count)
        .Select(i => new DemandePaiement(new DemandeId($"id-{i}"), new ParticulierId(DemandeSamples.IdClient), $"F-{i}",
            DemandeSamples.Valid($"F-{i}"), new DateOnly(2026, 3, 16), new DateTimeOffset(2026, 3, 20, 9, 0, 0, TimeSpan.Zero),
            DemandeStatus.Integree, null, null))
        .ToList();
}
