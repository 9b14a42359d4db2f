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
    /// <summary>The tenant's simulated now when the token was issued.</summary>
    public DateTimeOffset IssuedAt { get; init; }

    /// <summary>The tenant's timeline (<see cref="Tenant.Timeline"/>) that issued the token; see <see cref="TokenValidity"/>.</summary>
    public int Timeline { get; init; }

    /// <summary>Token lifetime: "Bearer token expiration (qui dure 1h)" (CAERP), <c>expires_in: 3600</c>.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(3600);

    public const string RefusedScope = "invalid_scope";

    public bool IsExpiredAt(DateTimeOffset now) => now >= ExpiresAt;

    public bool Grants(string scope) => Scopes.Contains(scope);

    /// <summary>Issues a token in the tenant's <paramref name="timeline"/> for <paramref name="requestedScope"/> (space-separated; absent means the API scope).</summary>
    public static Outcome<(string Token, AccessToken Stored)> Issue(TenantId tenant, string? requestedScope, DateTimeOffset now, int timeline = 0)
    {
        var scopes = string.IsNullOrWhiteSpace(requestedScope)
            ? [Tenants.Scopes.Api]
            : requestedScope.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();
        var unknown = scopes.FirstOrDefault(s => !Tenants.Scopes.Known.Contains(s));
        if (unknown is not null)
            return Outcome<(string, AccessToken)>.Refuse(RefusedScope, $"Scope inconnu : {unknown}");
        var token = Credentials.NewToken();
        return Outcome<(string, AccessToken)>.Accept((token, new AccessToken(Credentials.Hash(token), tenant, scopes, now + Lifetime)
        {
            IssuedAt = now,
            Timeline = timeline,
        }));
    }
}
