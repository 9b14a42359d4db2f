using AiciSandbox.Domain.Errors;
using AiciSandbox.Domain.Particuliers;
using AiciSandbox.Domain.Tests.Banking;

namespace AiciSandbox.Domain.Tests.Particuliers;

/// <summary><see cref="Inscriptions.Check"/>: format first, then the business rules of <see cref="InscriptionRules"/>.</summary>
public class InscriptionsCheckTests
{
    private static readonly TimeSpan Utc = TimeSpan.Zero;

    [Fact]
    public void Check_ValidInscription_IsAcceptedWithParisBirthDateAndFoldedIdentity()
    {
        var request = InscriptionSamples.Valid() with { NomNaissance = "Lefèvre", Prenoms = "Zoé Anne" };

        var decision = Inscriptions.Check(request, new DateTimeOffset(2026, 3, 2, 8, 0, 0, Utc));

        decision.IsAccepted.Should().BeTrue();
        decision.Value!.DateNaissance.Should().Be(new DateOnly(1980, 3, 29));
        decision.Value.IdentityKey.Should().Be("LEFEVRE|ZOEANNE|1980-03-29");
    }

    [Fact]
    public void Check_FormatError_IsReportedAloneBeforeBusinessRules()
    {
        var request = InscriptionSamples.Valid() with { Civilite = "3", DateNaissance = "2030-01-01" };

        Inscriptions.Check(request, new DateTimeOffset(2026, 3, 2, 8, 0, 0, Utc)).Errors.ShouldBeSingleValidation("inputParticulier.civilite");
    }

    [Fact]
    public void Check_BirthLaterTodayInParis_IsErrDateNaissanceFutur()
    {
        // 2026-03-02T23:30Z is already 3 March in Paris, while now (22:00Z) is still 2 March 23:00 in Paris.
        var request = InscriptionSamples.Valid() with { DateNaissance = "2026-03-02T23:30:00Z" };

        Inscriptions.Check(request, new DateTimeOffset(2026, 3, 2, 22, 0, 0, Utc)).Errors.ShouldBeSingle(ErrorCodes.DateNaissanceFutur);
    }

    [Fact]
    public void Check_BirthOnTheParisDateOfNow_IsAcceptedAsToday()
    {
        var request = InscriptionSamples.Valid() with { DateNaissance = "2026-03-02T23:30:00Z" };

        var decision = Inscriptions.Check(request, new DateTimeOffset(2026, 3, 2, 23, 0, 0, Utc));

        decision.IsAccepted.Should().BeTrue();
        decision.Value!.DateNaissance.Should().Be(new DateOnly(2026, 3, 3));
    }

    [Fact]
    public void Check_BirthTomorrow_IsErrDateNaissanceFutur() =>
        Inscriptions.Check(InscriptionSamples.Valid() with { DateNaissance = "2026-03-03" }, new DateTimeOffset(2026, 3, 2, 8, 0, 0, Utc))
            .Errors.ShouldBeSingle(ErrorCodes.DateNaissanceFutur);

    [Fact]
    public void Check_FranceWithoutDepartement_IsErreurLieuNaissanceDept() =>
        Check(InscriptionSamples.WithLieu(l => l with { DepartementNaissance = null })).ShouldBeSingle(ErrorCodes.LieuNaissanceDept);

    [Fact]
    public void Check_FranceWithoutCommune_IsErrLieuNaissanceComn() =>
        Check(InscriptionSamples.WithLieu(l => l with { CommuneNaissance = null })).ShouldBeSingle(ErrorCodes.LieuNaissanceCommune);

    [Fact]
    public void Check_FranceWithoutDepartementNorCommune_ReportsBoth() =>
        Check(InscriptionSamples.WithLieu(l => l with { DepartementNaissance = "", CommuneNaissance = null })).Codes()
            .Should().Equal(ErrorCodes.LieuNaissanceDept, ErrorCodes.LieuNaissanceCommune);

    [Fact]
    public void Check_ForeignBirthWithCountryOnly_IsAccepted() =>
        Check(InscriptionSamples.WithLieu(_ => new LieuNaissanceRequest { CodePaysNaissance = "99134" })).Should().BeEmpty();

    [Theory]
    [InlineData("069", null)]
    [InlineData(null, "123")]
    [InlineData("069", "123")]
    public void Check_ForeignBirthWithDepartementOrCommune_IsErreurLieuNaissancePays(string? dept, string? commune) =>
        Check(InscriptionSamples.WithLieu(_ => new LieuNaissanceRequest
        {
            CodePaysNaissance = "99134",
            DepartementNaissance = dept,
            CommuneNaissance = commune is null ? null : new CommuneRequest { CodeCommune = commune },
        })).ShouldBeSingle(ErrorCodes.LieuNaissancePays);

    [Theory]
    [InlineData("044", "109")]
    [InlineData("069", "69123")]
    [InlineData("02A", "2A004")]
    [InlineData("02B", "2b033")]
    [InlineData("974", "97411")]
    [InlineData("001", "01004")]
    public void Check_CommuneCodeOfThreeDigitsOrInseeOfTheDepartement_IsAccepted(string dept, string commune) =>
        Check(WithBirthPlace(dept, commune)).Should().BeEmpty();

    [Theory]
    [InlineData("069", "75056")]
    [InlineData("02A", "2B033")]
    [InlineData("974", "97611")]
    [InlineData("044", "04109")]
    public void Check_InseeCodeOfAnotherDepartement_IsErreurValidationNamingTheCommune(string dept, string commune) =>
        Check(WithBirthPlace(dept, commune)).ShouldBeSingleValidation("inputParticulier.lieuNaissance.communeNaissance.codeCommune")
            .Description.Should().Contain(commune).And.Contain(dept);

    [Fact]
    public void Check_LibelleVoieWithoutTypeVoie_IsErrContactAdresseTypevoie() =>
        Check(InscriptionSamples.WithAdresse(a => a with { CodeTypeVoie = null })).ShouldBeSingle(ErrorCodes.AdresseTypeVoieRequis);

    [Fact]
    public void Check_TypeVoieWithoutLibelleVoie_IsErrContactAdresseLibellevoie() =>
        Check(InscriptionSamples.WithAdresse(a => a with { LibelleVoie = null, Complement = "Bâtiment B" }))
            .ShouldBeSingle(ErrorCodes.AdresseLibelleVoieRequis);

    [Fact]
    public void Check_NoVoieComplementNorLieuDit_IsErrContactAdresseInformationSupplementaire() =>
        Check(InscriptionSamples.WithAdresse(a => a with { NumeroVoie = null, CodeTypeVoie = null, LibelleVoie = null }))
            .ShouldBeSingle(ErrorCodes.AdresseInformationSupplementaire);

    [Theory]
    [InlineData(null, "Résidence les Pins")]
    [InlineData("La Croix Blanche", null)]
    public void Check_ComplementOrLieuDitWithoutVoie_IsAccepted(string? lieuDit, string? complement) =>
        Check(InscriptionSamples.WithAdresse(a => a with { CodeTypeVoie = null, LibelleVoie = null, LieuDit = lieuDit, Complement = complement }))
            .Should().BeEmpty();

    [Theory]
    [InlineData("FR7630004000031234567890144")]
    [InlineData("FR7630004000031234567890134")]
    [InlineData("FR7730004000031234567890143")]
    public void Check_IbanWithWrongCheck_IsErrCoordonneesBancaires(string iban) =>
        Check(InscriptionSamples.WithBanque(b => b with { Iban = iban })).ShouldBeSingle(ErrorCodes.CoordonneesBancaires);

    [Fact]
    public void Check_IbanWithGoodCheckButWrongLengthForCountry_IsErrCoordonneesBancaires()
    {
        var iban = IbanMaker.Make("FR", "3000400003123456789014");

        Check(InscriptionSamples.WithBanque(b => b with { Iban = iban })).ShouldBeSingle(ErrorCodes.CoordonneesBancaires);
    }

    [Fact]
    public void Check_LowercaseIban_IsAccepted() =>
        Check(InscriptionSamples.WithBanque(b => b with { Iban = "fr7630004000031234567890143" })).Should().BeEmpty();

    private static IReadOnlyList<ApiError> Check(InscriptionRequest request) =>
        Inscriptions.Check(request, new DateTimeOffset(2026, 3, 2, 8, 0, 0, Utc)).Errors;

    private static InscriptionRequest WithBirthPlace(string dept, string commune) => InscriptionSamples.WithLieu(l => l with
    {
        DepartementNaissance = dept,
        CommuneNaissance = new CommuneRequest { CodeCommune = commune },
    });
}
