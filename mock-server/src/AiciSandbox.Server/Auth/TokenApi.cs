using System.Text;
using AiciSandbox.Domain.Clock;
using AiciSandbox.Domain.Tenants;
using AiciSandbox.Server.Faults;
using AiciSandbox.Server.Hosting;
using AiciSandbox.Server.Journal;
using AiciSandbox.Server.Storage;

namespace AiciSandbox.Server.Auth;

/// <summary>
/// <c>POST /api/oauth/v1/token</c>: OAuth 2 client credentials, as the URSSAF gateway serves it (facts §1, decision D9).
/// Client authentication by form fields (<c>client_secret_post</c>) or HTTP Basic; errors follow RFC 6749 §5.2.
/// </summary>
internal static class TokenApi
{
    public const string Path = "/api/oauth/v1/token";

    /// <summary>How long a spent token stays known, so that a client still using one is recognised (401 in its journal).</summary>
    private static readonly TimeSpan SpentTokenMemory = TimeSpan.FromDays(366);

    public static IEndpointRouteBuilder MapTokenApi(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, IssueToken).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> IssueToken(HttpRequest request, ISandboxStore store, TenantDirectory directory, TimeProvider realTime, RateLimits limits,
        CancellationToken ct)
    {
        // The contract's only encoding (facts §1): multipart/form-data, which ASP.NET would also read as a form, is refused.
        if (!IsUrlEncodedForm(request.ContentType))
            return Error(StatusCodes.Status400BadRequest, "invalid_request", "Content-Type application/x-www-form-urlencoded attendu.");
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or FormatException)
        {
            return Error(StatusCodes.Status400BadRequest, "invalid_request", "Corps de formulaire illisible.");
        }

        var grantType = form["grant_type"].ToString();
        if (grantType.Length == 0) return Error(StatusCodes.Status400BadRequest, "invalid_request", "Paramètre grant_type manquant.");
        if (grantType != "client_credentials")
            return Error(StatusCodes.Status400BadRequest, "unsupported_grant_type", "Seul grant_type=client_credentials est accepté.");

        var (clientId, secret, usedBasic) = ClientCredentials(request, form);
        var tenant = clientId is null ? null : await directory.FindTenantByClientIdAsync(clientId, ct);
        // The tenant's now, read once (STYLE rule 7): it stamps the journal entry, even of a refused secret, and the token.
        var now = tenant is null ? default : new SandboxClock(tenant.Clock, realTime).GetUtcNow();
        if (tenant is not null) JournalScope.Attribute(request.HttpContext, tenant.Id, now);
        if (clientId is not null && limits.LockedOut(clientId) is { } locked)
            return RateLimitAnswers.Token(request.HttpContext, locked, "Trop de secrets erronés pour ce client_id.");
        if (tenant is null || secret is null || !Credentials.Verify(secret, tenant.SecretHash))
        {
            if (clientId is not null) limits.WrongSecret(clientId);
            if (usedBasic) request.HttpContext.Response.Headers.WWWAuthenticate = "Basic realm=\"aicisandbox\"";
            return Error(StatusCodes.Status401Unauthorized, "invalid_client", "Identifiants client invalides.");
        }

        if (limits.Take(tenant, RateLimits.Token) is { } refused)
            return RateLimitAnswers.Token(request.HttpContext, refused, "Limite de demandes de jeton atteinte.");
        var scope = form["scope"].ToString();
        return await FaultInjection.TakeAsync(request.HttpContext, tenant.Id) is { } fault
            ? (IResult)(await FaultInjection.ApplyAsync(request.HttpContext, fault, async () => await Issue(request, store, tenant, scope, now, ct)))!
            : await Issue(request, store, tenant, scope, now, ct);
    }

    private static async Task<IResult> Issue(HttpRequest request, ISandboxStore store, Tenant tenant, string scope, DateTimeOffset now, CancellationToken ct)
    {
        var issued = AccessToken.Issue(tenant.Id, scope, now, tenant.Timeline);
        if (!issued.IsAccepted) return Error(StatusCodes.Status400BadRequest, "invalid_scope", issued.Refusal!.Message);

        var (token, stored) = issued.Value;
        await store.SaveTokenAsync(stored, purgeExpiredBefore: now - SpentTokenMemory, ct);
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        request.HttpContext.Response.Headers[TenantAuthentication.NowHeader] = TenantAuthentication.FormatNow(now);
        return TypedResults.Ok(new TokenResponse(token, "Bearer", (int)AccessToken.Lifetime.TotalSeconds, string.Join(' ', stored.Scopes)));
    }

    /// <summary>HTTP Basic wins over form fields when both are present (RFC 6749 §2.3.1 allows one method per request).</summary>
    private static (string? ClientId, string? Secret, bool UsedBasic) ClientCredentials(HttpRequest request, IFormCollection form)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
                var colon = decoded.IndexOf(':');
                if (colon > 0) return (Uri.UnescapeDataString(decoded[..colon]), Uri.UnescapeDataString(decoded[(colon + 1)..]), true);
            }
            catch (FormatException)
            {
            }
            return (null, null, true);
        }
        var id = form["client_id"].ToString();
        var secret = form["client_secret"].ToString();
        return (id.Length == 0 ? null : id, secret.Length == 0 ? null : secret, false);
    }

    private static bool IsUrlEncodedForm(string? contentType) =>
        contentType is not null && contentType.Split(';')[0].Trim().Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);

    private static IResult Error(int status, string error, string description) =>
        TypedResults.Json(new OAuthError(error, description), statusCode: status);

    private sealed record TokenResponse(
        [property: System.Text.Json.Serialization.JsonPropertyName("access_token")] string AccessToken,
        [property: System.Text.Json.Serialization.JsonPropertyName("token_type")] string TokenType,
        [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] int ExpiresIn,
        [property: System.Text.Json.Serialization.JsonPropertyName("scope")] string Scope);

    private sealed record OAuthError(
        [property: System.Text.Json.Serialization.JsonPropertyName("error")] string Error,
        [property: System.Text.Json.Serialization.JsonPropertyName("error_description")] string ErrorDescription);
}
