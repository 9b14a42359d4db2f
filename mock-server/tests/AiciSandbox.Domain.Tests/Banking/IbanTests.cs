using AiciSandbox.Domain.Banking;
using Bogus;

namespace AiciSandbox.Domain.Tests.Banking;

/// <summary>The ISO 13616 check behind <c>ERR_COORDONNEES_BANCAIRES</c>.</summary>
public class IbanTests
{
    [Theory]
    [InlineData("FR7630006000011234567890189")]
    [InlineData("FR7630004000031234567890143")]
    [InlineData("DE89370400440532013000")]
    [InlineData("BE68539007547034")]
    [InlineData("GB82WEST12345698765432")]
    [InlineData("MC5811222000010123456789030")]
    public void IsValid_PublishedExampleIbans_IsTrue(string iban) => Iban.IsValid(iban).Should().BeTrue();

    [Theory]
    [InlineData("FR7630006000011234567890189", 5)]
    [InlineData("FR7630006000011234567890189", 26)]
    [InlineData("DE89370400440532013000", 10)]
    [InlineData("BE68539007547034", 15)]
    [InlineData("FR7630004000031234567890143", 3)]
    public void IsValid_OneDigitChanged_IsFalse(string iban, int position)
    {
        var changed = iban[..position] + (char)('0' + (iban[position] - '0' + 1) % 10) + iban[(position + 1)..];

        Iban.IsValid(changed).Should().BeFalse();
    }

    [Fact]
    public void IsValid_TwoAdjacentDigitsSwapped_IsFalse() =>
        Iban.IsValid("FR7630006000011234567890198").Should().BeFalse();

    [Theory]
    [InlineData("fr7630006000011234567890189")]
    [InlineData("de89370400440532013000")]
    [InlineData("gb82west12345698765432")]
    public void IsValid_Lowercase_IsTrue(string iban) => Iban.IsValid(iban).Should().BeTrue();

    [Theory]
    [InlineData("FR", "300060000112345678901")]
    [InlineData("FR", "300060000112345678901890")]
    [InlineData("DE", "3704004405320130001")]
    [InlineData("BE", "5390075470341")]
    public void IsValid_RightCheckDigitsButWrongLengthForCountry_IsFalse(string country, string bban)
    {
        var iban = IbanMaker.Make(country, bban);

        iban.Length.Should().NotBe(country == "FR" ? 27 : country == "DE" ? 22 : 16);
        Iban.IsValid(iban).Should().BeFalse();
    }

    [Fact]
    public void IsValid_CountryWithoutKnownLength_ChecksOnlyMod97() =>
        Iban.IsValid(IbanMaker.Make("XK", "1212012345678906")).Should().BeTrue();

    [Theory]
    [InlineData("")]
    [InlineData("FR76")]
    [InlineData("7630006000011234567890189F")]
    [InlineData("FR76 3000 6000 0112 3456 7890 189")]
    [InlineData("FR76300060000112345678901-9")]
    public void IsValid_NotAnIban_IsFalse(string text) => Iban.IsValid(text).Should().BeFalse();

    [Fact]
    public void IsValid_IbanMakerOutput_IsTrue() =>
        Iban.IsValid(IbanMaker.Make("FR", "30006000011234567890189")).Should().BeTrue();

    [Fact]
    public void IsValid_BogusFrenchIbans_AreAllTrue()
    {
        var faker = new Faker("fr") { Random = new Randomizer(1613) };

        var ibans = Enumerable.Range(0, 200).Select(_ => faker.Finance.Iban(countryCode: "FR")).ToList();

        ibans.Should().AllSatisfy(iban =>
        {
            iban.Should().HaveLength(27);
            Iban.IsValid(iban).Should().BeTrue();
        });
    }

    [Fact]
    public void IsValid_BogusFrenchIbansWithOneDigitChanged_AreAllFalse()
    {
        var faker = new Faker("fr") { Random = new Randomizer(1614) };

        var broken = Enumerable.Range(0, 200).Select(_ =>
        {
            var iban = faker.Finance.Iban(countryCode: "FR");
            var position = faker.PickRandom(Enumerable.Range(2, iban.Length - 2).Where(k => char.IsAsciiDigit(iban[k])).ToList());
            return iban[..position] + (char)('0' + (iban[position] - '0' + faker.Random.Int(1, 9)) % 10) + iban[(position + 1)..];
        }).ToList();

        broken.Should().AllSatisfy(iban => Iban.IsValid(iban).Should().BeFalse());
    }
}
