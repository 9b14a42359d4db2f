using AiciSandbox.Conformance.Runner.Expressions;

namespace AiciSandbox.Conformance.Runner.Tests.Expressions;

public class ValueConverterTests
{
    public enum Statut { Attente, Validee, Refusee }

    [Theory]
    [InlineData("12.50", 12.50)]
    [InlineData("12,50", 12.50)]
    [InlineData("-0,5", -0.5)]
    [InlineData("1,234.50", 1234.50)]
    public void Decimal_AcceptsDotAndFrenchComma(string text, double expected)
    {
        ValueConverter.TryConvert(text, typeof(decimal), out var value, out _).Should().BeTrue();
        value.Should().Be((decimal)expected);
    }

    [Theory]
    [InlineData("validee", Statut.Validee)]
    [InlineData("Refusee", Statut.Refusee)]
    public void Enum_AcceptsMemberNamesIgnoringCase(string text, Statut expected)
    {
        ValueConverter.TryConvert(text, typeof(Statut), out var value, out _).Should().BeTrue();
        value.Should().Be(expected);
    }

    [Theory]
    [InlineData("1", typeof(Statut), "not one of Statut")]
    [InlineData("99999999999", typeof(int), "too large or too small")]
    [InlineData("douze", typeof(int), "'douze'")]
    [InlineData("x", typeof(System.Text.StringBuilder), "add a [StepArgumentTransformation]")]
    public void Invalid_IsRefusedWithAReason(string text, Type target, string reason)
    {
        ValueConverter.TryConvert(text, target, out _, out var error).Should().BeFalse();
        error.Should().Contain(reason);
    }

    [Fact]
    public void NullableAndTypeConverterTypes_AreSupported()
    {
        ValueConverter.TryConvert("", typeof(int?), out var none, out _).Should().BeTrue();
        none.Should().BeNull();
        ValueConverter.TryConvert("2025-03-01", typeof(DateOnly), out var date, out _).Should().BeTrue();
        date.Should().Be(new DateOnly(2025, 3, 1));
    }
}
