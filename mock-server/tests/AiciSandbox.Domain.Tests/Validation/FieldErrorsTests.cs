using AiciSandbox.Domain.Errors;
using AiciSandbox.Domain.Validation;

namespace AiciSandbox.Domain.Tests.Validation;

/// <summary>The collector of <c>ERREUR_VALIDATION</c>s: presence, length, pattern, closed lists.</summary>
public class FieldErrorsTests
{
    [Fact]
    public void Text_OptionalAbsent_AddsNothing()
    {
        var errors = new FieldErrors();

        errors.Text("root.field", null, required: false, min: 1, max: 5);

        errors.Any.Should().BeFalse();
    }

    [Fact]
    public void Text_OptionalEmptyWithMinimum_IsALengthError()
    {
        var errors = new FieldErrors();

        errors.Text("root.field", "", required: false, min: 1, max: 5);

        errors.All.ShouldBeSingleValidation("root.field").Description.Should().EndWith("la longueur doit être comprise entre 1 et 5");
    }

    [Theory]
    [InlineData("abcdef")]
    [InlineData("")]
    public void Text_RequiredOutOfBounds_IsOneError(string value)
    {
        var errors = new FieldErrors();

        errors.Text("root.field", value, required: true, min: 1, max: 5, ApiPatterns.CodePostal);

        errors.All.ShouldBeSingleValidation("root.field");
    }

    [Fact]
    public void Text_PatternMismatch_QuotesThePublishedPattern()
    {
        var errors = new FieldErrors();

        errors.Text("root.codePostal", "4400A", required: true, min: 5, max: 5, ApiPatterns.CodePostal);

        errors.All.ShouldBeSingleValidation("root.codePostal").Description.Should().Contain("\"^[0-9]{5}$\"");
    }

    [Fact]
    public void OneOf_ValueOutsideTheList_ListsTheAllowedValues()
    {
        var errors = new FieldErrors();

        errors.OneOf("root.unite", "JOUR", required: true, "HEURE", "FORFAIT");

        errors.All.ShouldBeSingleValidation("root.unite").Description.Should().EndWith("HEURE, FORFAIT");
    }

    [Fact]
    public void Required_Present_ReturnsTrueWithoutError()
    {
        var errors = new FieldErrors();

        errors.Required("root.n", (decimal?)0m).Should().BeTrue();
        errors.Required("root.s", "x").Should().BeTrue();

        errors.All.Should().BeEmpty();
    }

    [Fact]
    public void Add_KeepsErrorsInOrder()
    {
        var errors = new FieldErrors();

        errors.Required("root.a", (string?)null);
        errors.Add(ErrorCatalog.Error(ErrorCodes.LieuNaissanceObligatoire));

        errors.All.Codes().Should().Equal(ErrorCodes.Validation, ErrorCodes.LieuNaissanceObligatoire);
    }
}
