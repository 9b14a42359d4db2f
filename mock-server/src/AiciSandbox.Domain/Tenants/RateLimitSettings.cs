using AiciSandbox.Domain.Common;

namespace AiciSandbox.Domain.Tenants;

/// <summary>
/// At most <see cref="Permits"/> requests per fixed window of <see cref="WindowSeconds"/> real seconds — the shape of the
/// URSSAF gateway's limits (Gravitee rate-limit policy: "N requests per S seconds"; seed CGU art. 4.3 lets URSSAF limit
/// traffic). Windows count real time, not simulated time: they protect the server, not a business rule.
/// </summary>
public sealed record RateLimit(int Permits, int WindowSeconds)
{
    public const int MaxPermits = 100_000;
    public const int MaxWindowSeconds = 3600;
    public const string Refused = "INVALID_RATE_LIMIT";

    public TimeSpan Window => TimeSpan.FromSeconds(WindowSeconds);

    /// <summary>A limit from control-API fields, or a refusal that says which field is wrong.</summary>
    public static Outcome<RateLimit> Of(string field, int? permits, int? windowSeconds)
    {
        if (permits is not (>= 1 and <= MaxPermits))
            return Outcome<RateLimit>.Refuse(Refused, $"{field}.permits : entre 1 et {MaxPermits}.");
        if (windowSeconds is not (>= 1 and <= MaxWindowSeconds))
            return Outcome<RateLimit>.Refuse(Refused, $"{field}.windowSeconds : entre 1 et {MaxWindowSeconds}.");
        return Outcome<RateLimit>.Accept(new RateLimit(permits.Value, windowSeconds.Value));
    }
}

/// <summary>A tenant's limits: on the URSSAF operations (<see cref="Api"/>) and on the token endpoint (<see cref="Token"/>); null: no limit.</summary>
public sealed record RateLimitSettings(RateLimit? Api, RateLimit? Token);
