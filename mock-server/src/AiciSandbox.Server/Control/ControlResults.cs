using AiciSandbox.Server.Json;

namespace AiciSandbox.Server.Control;

/// <summary>
/// Answers of the sandbox control API. Errors are RFC 9457 problem details with a stable <c>code</c>: this API is ours,
/// not URSSAF's, so it speaks the web's standard error format.
/// </summary>
internal static class ControlResults
{
    public static IResult Problem(int status, string code, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: code, extensions: new Dictionary<string, object?> { ["code"] = code });

    public static IResult From(BodyError error) =>
        Problem(error.Status, "INVALID_BODY", $"{error.Path} : {error.Reason}");

    public static IResult Ok<T>(T body) => TypedResults.Json(body, ApiJson.Options);

    public static IResult Created<T>(T body) => TypedResults.Json(body, ApiJson.Options, statusCode: StatusCodes.Status201Created);

    /// <summary>A refusal of the domain: unknown object → 404, bad motive → 400, a move the state forbids → 409.</summary>
    public static IResult Refused(Domain.Common.Refusal refusal) => Problem(StatusOf(refusal), refusal.Code, refusal.Message);

    public static int StatusOf(Domain.Common.Refusal refusal) => refusal.Code switch
    {
        "PARTICULIER_INCONNU" or "DEMANDE_INCONNUE" or OwnTenants.RefusedUnknown => StatusCodes.Status404NotFound,
        "MOTIF_INVALIDE" => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status409Conflict,
    };
}
