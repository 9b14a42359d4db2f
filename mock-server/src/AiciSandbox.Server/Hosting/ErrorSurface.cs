using AiciSandbox.Domain.Errors;
using AiciSandbox.Server.Control;
using AiciSandbox.Server.Urssaf;

namespace AiciSandbox.Server.Hosting;

/// <summary>
/// Which error format a request expects, from the surface its path belongs to — one place that knows it, so that every
/// failure (a parameter that does not bind, a body that cannot be read, an exception, a limit) answers in the format of
/// the surface it hit: the URSSAF array under <c>/atp</c>, RFC 6749 JSON on the token endpoint, RFC 9457 problem details
/// on the control API and everywhere else. HTML pages render their own errors; this is the last resort for them.
/// </summary>
internal static class ErrorSurface
{
    public enum Kind
    {
        Urssaf,
        Token,
        Control,
    }

    public static Kind Of(PathString path) =>
        path.StartsWithSegments("/atp", StringComparison.OrdinalIgnoreCase) ? Kind.Urssaf
        : path.StartsWithSegments("/api/oauth", StringComparison.OrdinalIgnoreCase) ? Kind.Token
        : Kind.Control;

    /// <summary>
    /// The answer to a request that the server could not serve, in its surface's format: <paramref name="status"/> 4xx says
    /// the request is at fault (<paramref name="reason"/> tells how), 5xx that the sandbox is.
    /// </summary>
    public static IResult Answer(HttpContext http, int status, string reason) => Of(http.Request.Path) switch
    {
        Kind.Urssaf => UrssafResults.Errors(status, [status >= 500 ? ErrorCatalog.Error(ErrorCodes.Technical) : ErrorCatalog.Validation("requête", reason)]),
        Kind.Token => TypedResults.Json(new OAuthErrorBody(status >= 500 ? "server_error" : "invalid_request", reason), statusCode: status),
        _ => ControlResults.Problem(status, status >= 500 ? "ERREUR_TECHNIQUE" : "REQUETE_INVALIDE", reason),
    };

    /// <summary>RFC 6749 §5.2 error body.</summary>
    public sealed record OAuthErrorBody(
        [property: System.Text.Json.Serialization.JsonPropertyName("error")] string Error,
        [property: System.Text.Json.Serialization.JsonPropertyName("error_description")] string ErrorDescription);
}
