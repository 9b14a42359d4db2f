using AiciSandbox.Domain.Errors;
using AiciSandbox.Domain.Particuliers;

namespace AiciSandbox.Domain.Tests.Particuliers;

/// <summary>Field checks of <c>InputAdresseDTO</c> and <c>InputCoordonneeBancaireDTO</c>.</summary>
public partial class InscriptionFormatTests
{
    [Theory]
    [InlineData("libelleCommune", null)]
    [InlineData("codeCommune", null)]
    [InlineData("codePostal", null)]
    [InlineData("codePays", null)]
    [InlineData("codeCommune", "4410")]
    [InlineData("codeCommune", "4C109")]
    [InlineData("codePostal", "4400")]
    [InlineData("codePostal", "44 000")]
    [InlineData("codePays", "FRA00")]
    [InlineData("numeroVoie", "0")]
    [InlineData("numeroVoie", "12b")]
    [InlineData("numeroVoie", "123456789012345678901")]
    [InlineData("libelleVoie", "une rue dont le nom fait plus de 28")]
    [InlineData("complement", "un complément d'adresse de plus de 38 car")]
    [InlineData("lieuDit", "un lieu-dit dont le nom fait plus de 38 c")]
    [InlineData("codeTypeVoie", "R-1")]
    [InlineData("codeTypeVoie", "ALLEE")]
    public void Check_AddressFieldMissingOrMalformed_IsErreurValidationNamingTheField(string field, string? value)
    {
        var request = InscriptionSamples.WithAdresse(a => field switch
        {
            "libelleCommune" => a with { LibelleCommune = value },
            "codeCommune" => a with { CodeCommune = value },
            "codePostal" => a with { CodePostal = value },
            "codePays" => a with { CodePays = value },
            "numeroVoie" => a with { NumeroVoie = value },
            "libelleVoie" => a with { LibelleVoie = value },
            "complement" => a with { Complement = value },
            "lieuDit" => a with { LieuDit = value },
            _ => a with { CodeTypeVoie = value },
        });

        InscriptionFormat.Check(request).ShouldBeSingleValidation($"inputParticulier.adressePostale.{field}");
    }

    [Theory]
    [InlineData("ZZZ")]
    [InlineData("RUE")]
    [InlineData("1")]
    public void Check_CodeTypeVoieUnknown_IsErrContactAdresseTypeVoie(string code) =>
        InscriptionFormat.Check(InscriptionSamples.WithAdresse(a => a with { CodeTypeVoie = code }))
            .ShouldBeSingle(ErrorCodes.AdresseTypeVoie).Description.Should().Contain(code);

    [Theory]
    [InlineData("r")]
    [InlineData("AV")]
    [InlineData("zac")]
    public void Check_CodeTypeVoieOfTheReferentialInAnyCase_HasNoError(string code) =>
        InscriptionFormat.Check(InscriptionSamples.WithAdresse(a => a with { CodeTypeVoie = code })).Should().BeEmpty();

    [Theory]
    [InlineData("B")]
    [InlineData("T")]
    [InlineData("Q")]
    [InlineData("C")]
    [InlineData("b")]
    public void Check_LettreVoieBisTerQuaterQuinquies_HasNoError(string lettre) =>
        InscriptionFormat.Check(InscriptionSamples.WithAdresse(a => a with { LettreVoie = lettre })).Should().BeEmpty();

    [Theory]
    [InlineData("A")]
    [InlineData("X")]
    [InlineData("BIS")]
    public void Check_LettreVoieUnknown_IsErrContactAdresseLettreVoie(string lettre) =>
        InscriptionFormat.Check(InscriptionSamples.WithAdresse(a => a with { LettreVoie = lettre }))
            .ShouldBeSingle(ErrorCodes.AdresseLettreVoie);

    [Theory]
    [InlineData("BNPAFRPP")]
    [InlineData("bnpafrpp")]
    [InlineData("BNPAFRPPXXX")]
    [InlineData("AGRIFRPP882")]
    public void Check_BicOf8Or11Characters_HasNoError(string bic) =>
        InscriptionFormat.Check(InscriptionSamples.WithBanque(b => b with { Bic = bic })).Should().BeEmpty();

    [Theory]
    [InlineData("BNPAFRP")]
    [InlineData("BNPAFRPPX")]
    [InlineData("BNPAFRPPXXXX")]
    [InlineData("BNP1FRPP")]
    [InlineData("BNPA FRPP")]
    public void Check_BicWithBadShape_IsErrCoordonneesBancaires(string bic) =>
        InscriptionFormat.Check(InscriptionSamples.WithBanque(b => b with { Bic = bic }))
            .ShouldBeSingle(ErrorCodes.CoordonneesBancaires);

    [Theory]
    [InlineData("FR76 3000 4000 0312 3456 7890 143")]
    [InlineData("FR76300040000")]
    [InlineData("7630004000031234567890143FR")]
    [InlineData("FR763000A000031234567890143")]
    [InlineData("FR7630004000031234567890143000000000000")]
    public void Check_IbanWithBadShape_IsErrCoordonneesBancaires(string iban) =>
        InscriptionFormat.Check(InscriptionSamples.WithBanque(b => b with { Iban = iban }))
            .ShouldBeSingle(ErrorCodes.CoordonneesBancaires);

    [Theory]
    [InlineData("bic")]
    [InlineData("iban")]
    [InlineData("titulaire")]
    public void Check_BankFieldMissing_IsErreurValidationNamingTheField(string field) =>
        InscriptionFormat.Check(InscriptionSamples.WithBanque(b => field switch
        {
            "bic" => b with { Bic = null },
            "iban" => b with { Iban = "" },
            _ => b with { Titulaire = null },
        })).ShouldBeSingleValidation($"inputParticulier.coordonneeBancaire.{field}");

    [Fact]
    public void Check_TitulaireOver100Characters_IsErreurValidationNamingTheField() =>
        InscriptionFormat.Check(InscriptionSamples.WithBanque(b => b with { Titulaire = new string('x', 101) }))
            .ShouldBeSingleValidation("inputParticulier.coordonneeBancaire.titulaire");
}
