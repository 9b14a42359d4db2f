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
public sealed record Tenant(TenantId Id, string Label, string ClientId, string SecretHash, ClockState Clock, DateTimeOffset CreatedAt);
