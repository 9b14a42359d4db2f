using AiciSandbox.Domain.Errors;
using AiciSandbox.Domain.Particuliers;

namespace AiciSandbox.Domain.Tests.Particuliers;

/// <summary>Field checks of <c>InputParticulierDTO</c>: identity and contact fields (Swagger patterns, D2 lengths).</summary>
public partial class InscriptionFormatTests
{
    [Fact]
    public void Check_SandboxSampleIdentity_HasNoError() =>
        InscriptionFormat.Check(InscriptionSamples.Valid()).Should().BeEmpty();

    [Theory]
    [InlineData("civilite")]
    [InlineData("nomNaissance")]
    [InlineData("prenoms")]
    [InlineData("dateNaissance")]
    [InlineData("numeroTelephonePortable")]
    [InlineData("adresseMail")]
    [InlineData("adressePostale")]
    [InlineData("coordonneeBancaire")]
    public void Check_RequiredFieldMissing_IsErreurValidationNamingTheField(string field)
    {
        var request = field switch
        {
            "civilite" => InscriptionSamples.Valid() with { Civilite = null },
            "nomNaissance" => InscriptionSamples.Valid() with { NomNaissance = null },
            "prenoms" => InscriptionSamples.Valid() with { Prenoms = "" },
            "dateNaissance" => InscriptionSamples.Valid() with { DateNaissance = null },
            "numeroTelephonePortable" => InscriptionSamples.Valid() with { NumeroTelephonePortable = null },
            "adresseMail" => InscriptionSamples.Valid() with { AdresseMail = "" },
            "adressePostale" => InscriptionSamples.Valid() with { AdressePostale = null },
            _ => InscriptionSamples.Valid() with { CoordonneeBancaire = null },
        };

        InscriptionFormat.Check(request).ShouldBeSingleValidation($"inputParticulier.{field}")
            .Description.Should().EndWith("ce champ est obligatoire");
    }

    [Fact]
    public void Check_NomUsageAbsent_HasNoError() =>
        InscriptionFormat.Check(InscriptionSamples.Valid() with { NomUsage = null }).Should().BeEmpty();

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    public void Check_CiviliteOfTheEnum_HasNoError(string civilite) =>
        InscriptionFormat.Check(InscriptionSamples.Valid() with { Civilite = civilite }).Should().BeEmpty();

    [Theory]
    [InlineData("3")]
    [InlineData("0")]
    [InlineData("M")]
    [InlineData("Monsieur")]
    public void Check_CiviliteOutsideTheEnum_IsErreurValidationNamingTheField(string civilite) =>
        InscriptionFormat.Check(InscriptionSamples.Valid() with { Civilite = civilite })
            .ShouldBeSingleValidation("inputParticulier.civilite");

    [Theory]
    [InlineData("Dupont")]
    [InlineData("Lefèvre")]
    [InlineData("N'Diaye")]
    [InlineData("Le Gall-Hervé")]
    [InlineData("Öztürk")]
    [InlineData("Y")]
    public void Check_NameWithLettersAccentsApostropheHyphenSpace_HasNoError(string name) =>
        InscriptionFormat.Check(InscriptionSamples.Valid() with { NomNaissance = name, NomUsage = name }).Should().BeEmpty();

    [Theory]
    [InlineData("Dupont2")]
    [InlineData("'Dupont")]
    [InlineData("Dupont-")]
    [InlineData(" Dupont")]
    [InlineData("Du_pont")]
    [InlineData("Dupont.")]
    public void Check_NameWithDigitOrBadSpecial_IsErreurValidationNamingTheField(string name) =>
        InscriptionFormat.Check(InscriptionSamples.Valid() with { NomNaissance = name })
            .ShouldBeSingleValidation("inputParticulier.nomNaissance");

    [Fact]
    public void Check_NomUsageWithDigit_IsErreurValidationNamingTheField() =>
        InscriptionFormat.Check(InscriptionSamples.Valid() with { NomUsage = "Martin3" })
            .ShouldBeSingleValidation("inputParticulier.nomUsage");

    [Theory]
    [InlineData("nomNaissance")]
    [InlineData("nomUsage")]
    [InlineData("prenoms")]
    public void Check_NameOf80Letters_HasNoError(string field) =>
        InscriptionFormat.Check(WithName(field, new string('a', 80))).Should().BeEmpty();

    [Theory]
    [InlineData("nomNaissance")]
    [InlineData("nomUsage")]
    [InlineData("prenoms")]
    public void Check_NameOf81Letters_IsErreurValidationOnLength(string field) =>
        InscriptionFormat.Check(WithName(field, new string('a', 81))).ShouldBeSingleValidation($"inputParticulier.{field}")
            .Description.Should().Contain("longueur").And.EndWith(" et 80");

    [Fact]
    public void Check_HostileNameOf100000Characters_IsRefusedOnLength()
    {
        var hostile = string.Concat(Enumerable.Repeat("a'", 49_999)) + "a!";

        InscriptionFormat.Check(InscriptionSamples.Valid() with { NomNaissance = hostile })
            .ShouldBeSingleValidation("inputParticulier.nomNaissance").Description.Should().Contain("longueur");
    }

    [Theory]
    [InlineData("Jean")]
    [InlineData("Jean-Pierre Marie")]
    [InlineData("Anaïs Zoé")]
    [InlineData("Marie-Thérèse Anne-Sophie")]
    [InlineData("D'Artagnan")]
    public void Check_PrenomsSeparatedBySingleSpaces_HasNoError(string prenoms) =>
        InscriptionFormat.Check(InscriptionSamples.Valid() with { Prenoms = prenoms }).Should().BeEmpty();

    [Theory]
    [InlineData("Jean  Pierre")]
    [InlineData("Jean ")]
    [InlineData(" Jean")]
    [InlineData("-Jean")]
    [InlineData("Jean-")]
    [InlineData("Jean'")]
    [InlineData("Jean2")]
    [InlineData("Jean - Pierre")]
    public void Check_PrenomsWithDoubleSpaceDigitOrEdgeSpecial_IsErreurValidationNamingTheField(string prenoms) =>
        InscriptionFormat.Check(InscriptionSamples.Valid() with { Prenoms = prenoms })
            .ShouldBeSingleValidation("inputParticulier.prenoms");

    private static InscriptionRequest WithName(string field, string value) => field switch
    {
        "nomNaissance" => InscriptionSamples.Valid() with { NomNaissance = value },
        "nomUsage" => InscriptionSamples.Valid() with { NomUsage = value },
        _ => InscriptionSamples.Valid() with { Prenoms = value },
    };
}
