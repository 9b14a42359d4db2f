using AiciSandbox.Domain.Errors;
using AiciSandbox.Domain.Particuliers;

namespace AiciSandbox.Domain.Tests.Particuliers;

/// <summary>Field checks of <c>InputLieuNaissanceDTO</c> and its dedicated error codes.</summary>
public partial class InscriptionFormatTests
{
    [Fact]
    public void Check_LieuNaissanceMissing_IsErreurLieuNaissanceObligatoire() =>
        InscriptionFormat.Check(InscriptionSamples.Valid() with { LieuNaissance = null })
            .ShouldBeSingle(ErrorCodes.LieuNaissanceObligatoire);

    [Theory]
    [InlineData(null)]
    [InlineData("9910")]
    [InlineData("FRANC")]
    [InlineData("991000")]
    public void Check_CodePaysNaissanceMissingOrNotFiveDigits_IsErreurValidationNamingTheField(string? code) =>
        InscriptionFormat.Check(InscriptionSamples.WithLieu(l => l with { CodePaysNaissance = code }))
            .ShouldBeSingleValidation("inputParticulier.lieuNaissance.codePaysNaissance");

    [Theory]
    [InlineData("069")]
    [InlineData("001")]
    [InlineData("02A")]
    [InlineData("02b")]
    [InlineData("976")]
    public void Check_DepartementOfThreeCharacters_HasNoError(string dept) =>
        InscriptionFormat.Check(InscriptionSamples.WithLieu(l => l with { DepartementNaissance = dept })).Should().BeEmpty();

    [Theory]
    [InlineData("69")]
    [InlineData("0690")]
    [InlineData("169")]
    [InlineData("02C")]
    [InlineData("2A")]
    [InlineData("069\n")]
    public void Check_DepartementWithBadFormat_IsErreurLieuNaissanceDeptFormat(string dept) =>
        InscriptionFormat.Check(InscriptionSamples.WithLieu(l => l with { DepartementNaissance = dept }))
            .ShouldBeSingle(ErrorCodes.LieuNaissanceDeptFormat);

    [Theory]
    [InlineData("109")]
    [InlineData("44109")]
    [InlineData("2A004")]
    [InlineData("2b033")]
    public void Check_CodeCommuneOfThreeDigitsOrFiveCharacterInsee_PassesTheFormat(string code) =>
        InscriptionFormat.Check(InscriptionSamples.WithLieu(l => l with { CommuneNaissance = l.CommuneNaissance! with { CodeCommune = code } }))
            .Should().BeEmpty();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("09")]
    [InlineData("1090")]
    [InlineData("441090")]
    [InlineData("2C004")]
    [InlineData("A09")]
    public void Check_CodeCommuneNeitherThreeDigitsNorInsee_IsErreurValidationNamingTheField(string? code) =>
        InscriptionFormat.Check(InscriptionSamples.WithLieu(l => l with { CommuneNaissance = l.CommuneNaissance! with { CodeCommune = code } }))
            .ShouldBeSingleValidation("inputParticulier.lieuNaissance.communeNaissance.codeCommune");

    [Theory]
    [InlineData("Nantes;44")]
    [InlineData(";")]
    [InlineData("Saint-Herblain\t")]
    public void Check_LibelleCommuneWithSemicolonOrControl_IsErreurLieuNaissanceInvalide(string libelle) =>
        InscriptionFormat.Check(InscriptionSamples.WithLieu(l => l with { CommuneNaissance = l.CommuneNaissance! with { LibelleCommune = libelle } }))
            .ShouldBeSingle(ErrorCodes.LieuNaissanceInvalide);

    [Theory]
    [InlineData("")]
    [InlineData("Une commune dont le libellé dépasse nettement cinquante caractères")]
    public void Check_LibelleCommuneEmptyOrOver50_IsErreurValidationNamingTheField(string libelle) =>
        InscriptionFormat.Check(InscriptionSamples.WithLieu(l => l with { CommuneNaissance = l.CommuneNaissance! with { LibelleCommune = libelle } }))
            .ShouldBeSingleValidation("inputParticulier.lieuNaissance.communeNaissance.libelleCommune");

    [Fact]
    public void Check_LibelleCommuneAbsent_HasNoError() =>
        InscriptionFormat.Check(InscriptionSamples.WithLieu(l => l with { CommuneNaissance = l.CommuneNaissance! with { LibelleCommune = null } }))
            .Should().BeEmpty();
}
