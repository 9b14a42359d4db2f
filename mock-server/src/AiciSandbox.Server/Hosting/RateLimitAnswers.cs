using System.Globalization;
using AiciSandbox.Domain.Errors;
using AiciSandbox.Server.Auth;
using AiciSandbox.Server.Control;
using AiciSandbox.Server.Urssaf;

namespace AiciSandbox.Server.Hosting;

/// <summary>
/// The 429 answers. The real API sits behind a Gravitee gateway (facts §1), whose rate-limit policy refuses with the key
/// <c>RATE_LIMIT_TOO_MANY_REQUESTS</c>, the message "Rate limit exceeded ! You reach the limit of N requests per S seconds"
/// and the headers <c>X-Rate-Limit-Limit</c>, <c>X-Rate-Limit-Remaining</c>, <c>X-Rate-Limit-Reset</c>; the URSSAF API's
/// error bodies are arrays of <c>{code, message, description}</c> (facts §5). So: that array with that code, those headers,
/// and <c>Retry-After</c> (RFC 9110 §10.2.3) in whole seconds. The token endpoint answers RFC 6749 JSON, the control API
/// problem details — each surface keeps its format (docs/decisions.md, "Rate limits").
/// </summary>
internal static class RateLimitAnswers
{
    public const string UrssafCode = "RATE_LIMIT_TOO_MANY_REQUESTS";

    public static IResult Urssaf(HttpContext http, RateLimitRefusal refusal)
    {
        Headers(http, refusal);
        return UrssafResults.Errors(StatusCodes.Status429TooManyRequests,
            [new ApiError(UrssafCode, Message(refusal), $"Trop de requêtes : réessayez dans {refusal.RetryAfterSeconds} s (en-tête Retry-After).")]);
    }

    public static IResult Token(HttpContext http, RateLimitRefusal refusal, string description)
    {
        Headers(http, refusal);
        return TypedResults.Json(new ErrorSurface.OAuthErrorBody("too_many_requests", $"{description} Réessayez dans {refusal.RetryAfterSeconds} s."),
            statusCode: StatusCodes.Status429TooManyRequests);
    }

    public static IResult Control(HttpContext http, RateLimitRefusal refusal, string code, string detail)
    {
        Headers(http, refusal);
        return ControlResults.Problem(StatusCodes.Status429TooManyRequests, code, $"{detail} Réessayez dans {refusal.RetryAfterSeconds} s.");
    }

    /// <summary>In front of the URSSAF operations, after the token check: the tenant's API limit.</summary>
    public static RouteGroupBuilder WithRateLimits(this RouteGroupBuilder group) =>
        group.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var tenant = http.RequestServices.GetRequiredService<RequestTenant>().Tenant;
            return http.RequestServices.GetRequiredService<RateLimits>().Take(tenant, RateLimits.Api) is { } refused
                ? Urssaf(http, refused)
                : await next(context);
        });

    private static string Message(RateLimitRefusal refusal) =>
        $"Rate limit exceeded ! You reach the limit of {refusal.Permits} requests per {refusal.WindowSeconds} seconds";

    private static void Headers(HttpContext http, RateLimitRefusal refusal)
    {
        var headers = http.Response.Headers;
        headers.RetryAfter = refusal.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        headers["X-Rate-Limit-Limit"] = refusal.Permits.ToString(CultureInfo.InvariantCulture);
        headers["X-Rate-Limit-Remaining"] = "0";
        var reset = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow() + refusal.RetryAfter;
        headers["X-Rate-Limit-Reset"] = reset.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
    }
}
