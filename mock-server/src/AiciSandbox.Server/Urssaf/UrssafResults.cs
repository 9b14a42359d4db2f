using AiciSandbox.Domain.Errors;
using AiciSandbox.Server.Json;

namespace AiciSandbox.Server.Urssaf;

/// <summary>Answers in the URSSAF error format: a JSON array of <c>{code, message, description}</c>.</summary>
internal static class UrssafResults
{
    public static IResult Errors(int status, IReadOnlyList<ApiError> errors) =>
        TypedResults.Json(errors, ApiJson.Options, "application/json", status);

    public static IResult BadRequest(IReadOnlyList<ApiError> errors) => Errors(StatusCodes.Status400BadRequest, errors);

    public static IResult BadRequest(ApiError error) => Errors(StatusCodes.Status400BadRequest, [error]);

    public static IResult From(BodyError error) => Errors(error.Status, [ErrorCatalog.Validation(error.Path, error.Reason)]);

    public static IResult Ok<T>(T body) => TypedResults.Json(body, ApiJson.Options, "application/json");
}
