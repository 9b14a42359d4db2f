using AiciSandbox.Domain.Tenants;

namespace AiciSandbox.Server.Auth;

/// <summary>
/// The tenant a request acts for, and its simulated now, read once when the bearer token was checked (STYLE rule 7).
/// Scoped to one request; set only by <see cref="TenantAuthentication"/>.
/// </summary>
internal sealed class RequestTenant
{
    private Tenant? tenant;

    public Tenant Tenant => tenant ?? throw new InvalidOperationException("No authenticated tenant on this request.");
    public TenantId Id => Tenant.Id;
    public DateTimeOffset Now { get; private set; }

    internal void Set(Tenant value, DateTimeOffset now) => (tenant, Now) = (value, now);
}
