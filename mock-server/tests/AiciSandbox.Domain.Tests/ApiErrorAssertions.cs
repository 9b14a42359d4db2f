using AiciSandbox.Domain.Errors;

namespace AiciSandbox.Domain.Tests;

/// <summary>Reading URSSAF error lists in assertions.</summary>
internal static class ApiErrorAssertions
{
    public static IEnumerable<string> Codes(this IEnumerable<ApiError> errors) => errors.Select(e => e.Code);

    /// <summary>Exactly one <c>ERREUR_VALIDATION</c>, whose description names <paramref name="fieldPath"/> as <c>champ … :</c>.</summary>
    public static ApiError ShouldBeSingleValidation(this IEnumerable<ApiError> errors, string fieldPath)
    {
        var error = errors.Should().ContainSingle().Subject;
        error.Code.Should().Be(ErrorCodes.Validation);
        error.Description.Should().StartWith($"champ {fieldPath} : ");
        return error;
    }

    /// <summary>Exactly one error, with <paramref name="code"/>.</summary>
    public static ApiError ShouldBeSingle(this IEnumerable<ApiError> errors, string code)
    {
        var error = errors.Should().ContainSingle().Subject;
        error.Code.Should().Be(code);
        return error;
    }
}
