using AiciSandbox.Domain.Clock;

namespace AiciSandbox.Domain.Tenants;

/// <summary>Identifies a tenant: one integrator (or one test run) with its own data, clock, journal and outbox.</summary>
public readonly record struct TenantId(string Value)
{
    public static TenantId New() => new("tnt_" + Guid.NewGuid().ToString("N")[..16]);

    public override string ToString() => Value;
}

/// <summary>
/// A tenant of the sandbox: its OAuth client credentials (the secret only as a hash) and its simulated clock.
/// Data of one tenant is never visible to another: another tenant's ids behave exactly like unknown ids.
/// </summary>
public sealed record Tenant(TenantId Id, string Label, string ClientId, string SecretHash, ClockState Clock, DateTimeOffset CreatedAt)
{
    /// <summary>
    /// Which timeline the tenant lives in: 0 at creation, one more at each reset or snapshot restore. Tokens are valid only in
    /// the timeline that issued them (<see cref="TokenValidity"/>).
    /// </summary>
    public int Timeline { get; init; }

    /// <summary>The tenant's rate limits; null: none (the default). Set through the control API.</summary>
    public RateLimitSettings? RateLimits { get; init; }

    /// <summary>The same tenant in a new timeline (reset, restore) on <paramref name="clock"/>: tokens issued before stop working.</summary>
    public Tenant InNewTimeline(ClockState clock) => this with { Clock = clock, Timeline = Timeline + 1 };
}
