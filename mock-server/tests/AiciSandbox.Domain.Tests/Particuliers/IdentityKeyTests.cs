using AiciSandbox.Domain.Particuliers;

namespace AiciSandbox.Domain.Tests.Particuliers;

/// <summary>The état civil key: birth name, first prénom and birth date, without accents, case or punctuation.</summary>
public class IdentityKeyTests
{
    [Theory]
    [InlineData("Le Gall-Hervé", "LEGALLHERVE")]
    [InlineData("N'Diaye", "NDIAYE")]
    [InlineData("lefèvre", "LEFEVRE")]
    [InlineData("ÇÀÉÎÕÜ", "CAEIOU")]
    public void Fold_NameWithAccentsAndSpecials_IsUppercaseLettersOnly(string name, string folded) =>
        IdentityKey.Fold(name).Should().Be(folded);

    [Fact]
    public void Of_SeveralPrenoms_UsesThemAll() =>
        IdentityKey.Of("Lefèvre", "Zoé Anne-Marie", new DateOnly(1980, 3, 29)).Should().Be("LEFEVRE|ZOEANNEMARIE|1980-03-29");

    [Fact]
    public void Of_SisterWithAnotherSecondPrenom_IsAnotherPerson() =>
        IdentityKey.Of("Dupont", "Marie Claire", new DateOnly(1980, 3, 29))
            .Should().NotBe(IdentityKey.Of("Dupont", "Marie Anne", new DateOnly(1980, 3, 29)));

    [Fact]
    public void Of_SamePersonWrittenDifferently_IsTheSameKey() =>
        IdentityKey.Of("LE GALL", "JEAN", new DateOnly(1980, 3, 29))
            .Should().Be(IdentityKey.Of("le Gall", "Jéan", new DateOnly(1980, 3, 29)));

    [Fact]
    public void Of_OtherBirthDate_IsAnotherKey() =>
        IdentityKey.Of("Test", "Jean", new DateOnly(1980, 3, 29)).Should().NotBe(IdentityKey.Of("Test", "Jean", new DateOnly(1980, 3, 30)));
}
