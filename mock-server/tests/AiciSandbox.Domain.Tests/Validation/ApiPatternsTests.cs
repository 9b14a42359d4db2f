using AiciSandbox.Domain.Validation;

namespace AiciSandbox.Domain.Tests.Validation;

/// <summary>The Swagger patterns, applied as Java's <c>Matcher.matches()</c> does: to the whole string.</summary>
public class ApiPatternsTests
{
    [Fact]
    public void Nom_Hostile100000CharacterName_AnswersNoMatch()
    {
        var hostile = string.Concat(Enumerable.Repeat("a'", 49_999)) + "a!";

        hostile.Should().HaveLength(100_000);
        ApiPatterns.Nom.Matches(hostile).Should().BeFalse();
    }

    [Fact]
    public void Prenoms_Hostile100000CharacterName_AnswersNoMatch() =>
        ApiPatterns.Prenoms.Matches(string.Concat(Enumerable.Repeat("a'", 49_999)) + "a!").Should().BeFalse();

    [Fact]
    public void Nom_Long100000CharacterValidName_AnswersMatch() =>
        ApiPatterns.Nom.Matches(string.Concat(Enumerable.Repeat("a'", 49_999)) + "ab").Should().BeTrue();

    [Fact]
    public void AdresseMail_Hostile100000CharacterAddress_AnswersNoMatch() =>
        ApiPatterns.AdresseMail.Matches(string.Concat(Enumerable.Repeat("a.", 49_999)) + "@!").Should().BeFalse();

    [Theory]
    [InlineData("Dupont\n")]
    [InlineData("\nDupont")]
    [InlineData("Dupont\r\n")]
    public void Nom_WithLineBreak_DoesNotMatch(string value) => ApiPatterns.Nom.Matches(value).Should().BeFalse();

    [Theory]
    [InlineData("0612345678\n")]
    [InlineData("44000\n")]
    public void WholeStringPatterns_TrailingNewline_DoesNotMatch(string value)
    {
        ApiPatterns.TelephonePortable.Matches(value).Should().BeFalse();
        ApiPatterns.CodePostal.Matches(value).Should().BeFalse();
    }

    [Theory]
    [InlineData("12", true)]
    [InlineData("0", false)]
    [InlineData("00", true)]
    [InlineData("12\n", false)]
    public void NumeroVoie_DigitsButNotZero_Matches(string value, bool matches) =>
        ApiPatterns.NumeroVoie.Matches(value).Should().Be(matches);

    [Theory]
    [InlineData("SAP852330992", true)]
    [InlineData("SIR12345678900012", true)]
    [InlineData("SAP852330992\n", false)]
    [InlineData("xSAP852330992", false)]
    public void NumeroIntervenant_WholeString_Matches(string value, bool matches) =>
        ApiPatterns.NumeroIntervenant.Matches(value).Should().Be(matches);

    [Fact]
    public void Published_IsTheSwaggerTextWithoutTheWholeStringWrapper() =>
        ApiPatterns.TelephonePortable.Published.Should().Be(@"^(0|\+33)[6-7]([0-9]{2}){4}$");
}
