namespace AiciSandbox.Domain.Tenants;

/// <summary>
/// When a bearer token opens the API (decision D9): only while issued-at ≤ now &lt; expiry on its tenant's simulated clock,
/// and only in the timeline that issued it. A reset or a snapshot restore starts a new timeline: a token of an earlier
/// timeline never works again, even when the new clock shows an instant inside the token's hour (issue 12, item 3).
/// </summary>
public static class TokenValidity
{
    public static bool IsValid(AccessToken token, Tenant tenant, DateTimeOffset now) =>
        token.TenantId == tenant.Id
        && token.Timeline == tenant.Timeline
        && token.IssuedAt <= now
        && now < token.ExpiresAt;
}
