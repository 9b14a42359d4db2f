using System.Reflection;
using AiciSandbox.Domain.Errors;

namespace AiciSandbox.Domain.Tests.Errors;

/// <summary>Every URSSAF code the sandbox knows has its wording; validation errors name their field.</summary>
public class ErrorCatalogTests
{
    public static TheoryData<string> AllCodes() => [.. Constants()];

    [Theory]
    [MemberData(nameof(AllCodes))]
    public void Error_EveryErrorCodesConstant_HasACatalogueEntry(string code)
    {
        var error = ErrorCatalog.Error(code);

        error.Code.Should().Be(code);
        error.Message.Should().NotBeNullOrWhiteSpace();
        error.Description.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Codes_CatalogueAndConstants_AreTheSameSet() =>
        ErrorCatalog.Codes.Should().BeEquivalentTo(Constants());

    [Fact]
    public void ErrorCodes_Constants_AreDistinctAndSpelledAsTheApi() =>
        Constants().Should().HaveCountGreaterThan(40).And.OnlyHaveUniqueItems()
            .And.AllSatisfy(code => code.Should().MatchRegex("^(ERR|ERREUR)_[A-Z0-9_]+$"));

    [Fact]
    public void Error_WithSpecificDescription_KeepsTheCatalogueMessage()
    {
        var error = ErrorCatalog.Error(ErrorCodes.FactureDoublon, "La référence de facture « F-7 » est déjà existante.");

        error.Should().Be(new ApiError("ERR_FACTURE_DOUBLON", "Facture en doublon", "La référence de facture « F-7 » est déjà existante."));
    }

    [Fact]
    public void Validation_FieldAndReason_IsErreurValidationWithChampPrefix() =>
        ErrorCatalog.Validation("inputParticulier.adressePostale.codePostal", "ce champ est obligatoire").Should().Be(new ApiError(
            "ERREUR_VALIDATION", "Erreur de validation", "champ inputParticulier.adressePostale.codePostal : ce champ est obligatoire"));

    [Fact]
    public void Error_UnknownCode_Throws() =>
        FluentActions.Invoking(() => ErrorCatalog.Error("ERR_INCONNU_DU_CATALOGUE")).Should().Throw<KeyNotFoundException>();

    private static List<string> Constants() => typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToList();
}
