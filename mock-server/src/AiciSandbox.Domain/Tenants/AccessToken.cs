using AiciSandbox.Domain.Common;

namespace AiciSandbox.Domain.Tenants;

/// <summary>The OAuth scopes the sandbox grants.</summary>
public static class Scopes
{
    /// <summary>"Accès à l'API ATP par les tiers de prestation" (Swagger securityDefinitions).</summary>
    public const string Api = "homeplus.tiersprestations";

    /// <summary>The sandbox control API only; such a token gets 403 on the URSSAF operations.</summary>
    public const string Control = "sandbox.control";

    public static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.Ordinal) { Api, Control };
}

/// <summary>An issued bearer token (stored by hash), valid until <see cref="ExpiresAt"/> on its tenant's simulated clock (D9).</summary>
public sealed record AccessToken(string Hash, TenantId TenantId, IReadOnlyList<string> Scopes, DateTimeOffset ExpiresAt)
{
    /// <summary>Token lifetime: "Bearer token expiration (qui dure 1h)" (CAERP), <c>expires_in: 3600</c>.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(3600);

    public const string RefusedScope = "invalid_scope";

    public bool IsExpiredAt(DateTimeOffset now) => now >= ExpiresAt;

    public bool Grants(string scope) => Scopes.Contains(scope);

    /// <summary>Issues a token for <paramref name="requestedScope"/> (space-separated; absent means the API scope).</summary>
    public static Outcome<(string Token, AccessToken Stored)> Issue(TenantId tenant, string? requestedScope, DateTimeOffset now)
    {
        var scopes = string.IsNullOrWhiteSpace(requestedScope)
            ? [Tenants.Scopes.Api]
            : requestedScope.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();
        var unknown = scopes.FirstOrDefault(s => !Tenants.Scopes.Known.Contains(s));
        if (unknown is not null)
            return Outcome<(string, AccessToken)>.Refuse(RefusedScope, $"Scope inconnu : {unknown}");
        var token = Credentials.NewToken();
        return Outcome<(string, AccessToken)>.Accept((token, new AccessToken(Credentials.Hash(token), tenant, scopes, now + Lifetime)));
    }
}
