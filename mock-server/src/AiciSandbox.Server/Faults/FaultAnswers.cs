using AiciSandbox.Domain.Errors;
using AiciSandbox.Server.Hosting;
using AiciSandbox.Server.Urssaf;

namespace AiciSandbox.Server.Faults;

/// <summary>
/// What a status fault answers: every status has a body in the format of the surface the call hit — the URSSAF array on
/// the API, RFC 6749 JSON on the token endpoint — with <c>Retry-After</c> when the fault gives one (issue 12, item 6: a
/// 400 fault answered an empty body). 5xx say <c>ERREUR_TECHNIQUE</c> (Swagger: 500 "Erreur technique", 503 "Utilisation de
/// l'API interdite", e.g. maintenance); 4xx say the request was refused by a simulated failure.
/// </summary>
internal static class FaultAnswers
{
    public static IResult For(HttpContext http, int status)
    {
        var description = status switch
        {
            503 => "Utilisation de l'API interdite. Exemple : Le site est en maintenance. (panne simulée)",
            429 => "Trop de requêtes. (panne simulée)",
            >= 500 => "Une erreur technique est survenue. (panne simulée)",
            _ => $"Requête refusée avec le statut {status}. (panne simulée)",
        };
        if (ErrorSurface.Of(http.Request.Path) == ErrorSurface.Kind.Token)
            return TypedResults.Json(new ErrorSurface.OAuthErrorBody(status >= 500 ? "temporarily_unavailable" : "invalid_request", description), statusCode: status);
        var code = status >= 500 ? ErrorCodes.Technical : status == 429 ? RateLimitAnswers.UrssafCode : ErrorCodes.Validation;
        var message = status >= 500 ? "Erreur technique" : status == 429 ? "Trop de requêtes" : "Requête refusée";
        return UrssafResults.Errors(status, [new ApiError(code, message, description)]);
    }
}
