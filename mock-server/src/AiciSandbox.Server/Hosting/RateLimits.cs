using System.Threading.RateLimiting;
using AiciSandbox.Domain.Tenants;

namespace AiciSandbox.Server.Hosting;

/// <summary>
/// The sandbox's limiters, all built on ASP.NET Core's rate limiter (<c>System.Threading.RateLimiting</c>, fixed windows of
/// real time, no queue): a tenant's own limits on the URSSAF operations and on the token endpoint (<see cref="RateLimitSettings"/>),
/// the brute-force guard on wrong secrets per client id, and the quota on tenant creations per creator. Each answers
/// either "go" (null) or how long to wait.
/// </summary>
internal sealed class RateLimits : IDisposable
{
    /// <summary>One window of one limit: a change of a tenant's settings starts a new partition.</summary>
    private readonly record struct Key(string Owner, string Surface, int Permits, int WindowSeconds);

    private readonly PartitionedRateLimiter<Key> limiters = PartitionedRateLimiter.Create<Key, Key>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, k => new FixedWindowRateLimiterOptions
        {
            PermitLimit = k.Permits,
            Window = TimeSpan.FromSeconds(k.WindowSeconds),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    private readonly LimitsOptions options;

    public RateLimits(SandboxOptions sandbox) => options = sandbox.Limits;

    private static int AtLeastOne(int value) => Math.Max(1, value);

    public const string Api = "api";
    public const string Token = "token";

    /// <summary>Takes one permit of the tenant's limit on <paramref name="surface"/>; the refusal when it has none left.</summary>
    public RateLimitRefusal? Take(Tenant tenant, string surface)
    {
        var limit = surface == Api ? tenant.RateLimits?.Api : tenant.RateLimits?.Token;
        return limit is null ? null : Take(new Key(tenant.Id.Value, surface, limit.Permits, limit.WindowSeconds), 1);
    }

    /// <summary>The refusal when <paramref name="clientId"/> had too many wrong secrets in the current window.</summary>
    public RateLimitRefusal? LockedOut(string clientId) => Take(WrongSecretKey(clientId), 0);

    /// <summary>Counts one wrong secret for <paramref name="clientId"/> (a known one or not).</summary>
    public void WrongSecret(string clientId) => Take(WrongSecretKey(clientId), 1);

    /// <summary>Takes one tenant creation of <paramref name="creator"/>'s hourly quota.</summary>
    public RateLimitRefusal? CreateTenant(TenantId creator) =>
        Take(new Key(creator.Value, "tenants", AtLeastOne(options.TenantsPerCreatorPerHour), 3600), 1);

    private Key WrongSecretKey(string clientId) =>
        new(clientId.Length <= 200 ? clientId : Journal.SecretMasking.Fingerprint(clientId), "wrong-secrets",
            AtLeastOne(options.WrongSecretsPerWindow), AtLeastOne(options.WrongSecretsWindowSeconds));

    private RateLimitRefusal? Take(Key key, int permits)
    {
        using var lease = limiters.AttemptAcquire(key, permits);
        if (lease.IsAcquired) return null;
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(key.WindowSeconds);
        return new RateLimitRefusal(key.Permits, key.WindowSeconds, retryAfter);
    }

    public void Dispose() => limiters.Dispose();
}

/// <summary>A limit reached: <see cref="Permits"/> per <see cref="WindowSeconds"/> s; try again after <see cref="RetryAfter"/>.</summary>
internal sealed record RateLimitRefusal(int Permits, int WindowSeconds, TimeSpan RetryAfter)
{
    /// <summary>Whole seconds, rounded up, at least 1: what <c>Retry-After</c> says.</summary>
    public int RetryAfterSeconds => Math.Max(1, (int)Math.Ceiling(RetryAfter.TotalSeconds));
}
