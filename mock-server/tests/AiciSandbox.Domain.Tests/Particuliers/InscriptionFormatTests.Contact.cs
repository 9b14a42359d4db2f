using AiciSandbox.Domain.Particuliers;

namespace AiciSandbox.Domain.Tests.Particuliers;

/// <summary>Field checks of <c>InputParticulierDTO</c>: birth date format, mobile phone and e-mail.</summary>
public partial class InscriptionFormatTests
{
    [Theory]
    [InlineData("1980-03-29")]
    [InlineData("1980-03-29T00:00:00Z")]
    [InlineData("1980-03-29T00:00:00.000Z")]
    public void Check_DateNaissanceAsPlainDateOrUtcDateTime_HasNoError(string date) =>
        InscriptionFormat.Check(InscriptionSamples.Valid() with { DateNaissance = date }).Should().BeEmpty();

    [Theory]
    [InlineData("1980-03-29T00:00:00+02:00")]
    [InlineData("1980-03-29T00:00:00+00:00")]
    [InlineData("1980-03-29T00:00:00")]
    [InlineData("29/03/1980")]
    [InlineData("1980-3-29")]
    [InlineData("1980-02-30")]
    [InlineData("hier")]
    public void Check_DateNaissanceWithOffsetOrOtherShape_IsErreurValidationNamingTheField(string date) =>
        InscriptionFormat.Check(InscriptionSamples.Valid() with { DateNaissance = date })
            .ShouldBeSingleValidation("inputParticulier.dateNaissance");

    [Theory]
    [InlineData("0612345678")]
    [InlineData("0712345678")]
    [InlineData("+33612345678")]
    [InlineData("+33712345678")]
    public void Check_MobileNumber_HasNoError(string phone) =>
        InscriptionFormat.Check(InscriptionSamples.Valid() with { NumeroTelephonePortable = phone }).Should().BeEmpty();

    [Theory]
    [InlineData("0512345678")]
    [InlineData("0112345678")]
    [InlineData("+33512345678")]
    [InlineData("06 12 34 56 78")]
    [InlineData("061234567")]
    [InlineData("06123456789")]
    [InlineData("0033612345678")]
    [InlineData("+32612345678")]
    [InlineData("0612345678\n")]
    public void Check_PhoneNotAFrenchMobile_IsErreurValidationNamingTheField(string phone) =>
        InscriptionFormat.Check(InscriptionSamples.Valid() with { NumeroTelephonePortable = phone })
            .ShouldBeSingleValidation("inputParticulier.numeroTelephonePortable");

    [Theory]
    [InlineData("jean.test@example.fr")]
    [InlineData("jean_test-2@mail.example.co.uk")]
    [InlineData("J.T@ex-ample.fr")]
    public void Check_EmailMatchingTheSwaggerPattern_HasNoError(string email) =>
        InscriptionFormat.Check(InscriptionSamples.Valid() with { AdresseMail = email }).Should().BeEmpty();

    [Theory]
    [InlineData("jean.test@example")]
    [InlineData("jean+tag@example.fr")]
    [InlineData("jean test@example.fr")]
    [InlineData("jérôme@example.fr")]
    [InlineData("jean..test@example.fr")]
    [InlineData("jean@exa_mple.fr")]
    [InlineData("@example.fr")]
    [InlineData("jean.test@example.fr\n")]
    public void Check_EmailOutsideTheSwaggerPattern_IsErreurValidationNamingTheField(string email) =>
        InscriptionFormat.Check(InscriptionSamples.Valid() with { AdresseMail = email })
            .ShouldBeSingleValidation("inputParticulier.adresseMail");

    [Fact]
    public void Check_SeveralBrokenFields_ReportsEachField()
    {
        var request = InscriptionSamples.Valid() with { Civilite = "9", Prenoms = "Jean2", AdresseMail = "nope" };

        InscriptionFormat.Check(request).Select(e => e.Description[..e.Description.IndexOf(" : ", StringComparison.Ordinal)])
            .Should().Equal("champ inputParticulier.civilite", "champ inputParticulier.prenoms", "champ inputParticulier.adresseMail");
    }
}
