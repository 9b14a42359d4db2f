using AiciSandbox.Domain.Common;
using AiciSandbox.Domain.Tenants;
using AiciSandbox.Server.Hosting;
using AiciSandbox.Server.Storage;

namespace AiciSandbox.Server.Control;

/// <summary>
/// What an operator may do with tenants beyond its own: see those it created, delete one of them or itself — never another
/// operator's (answered as unknown, so ids of others' tenants tell nothing), never the default tenant.
/// </summary>
internal sealed class OwnTenants(ISandboxStore store, TenantRegistry registry, RateLimits limits, TimeProvider realTime)
{
    public const string RefusedQuota = "QUOTA_TENANTS";

    public const string RefusedUnknown = "TENANT_INCONNU";
    public const string RefusedDefault = "TENANT_PAR_DEFAUT";

    /// <summary>
    /// A new tenant created by <paramref name="operatorTenant"/>, with its secret (shown once); refused beyond the quota of
    /// tenants created per creator (<see cref="RateLimits.CreateTenant"/>), the refusal then in <paramref name="quota"/>.
    /// </summary>
    public async Task<Outcome<(Tenant Tenant, string Secret)>> CreateAsync(
        Tenant operatorTenant, CreateTenantRequest request, CancellationToken ct, Action<RateLimitRefusal>? quota = null)
    {
        var created = TenantFactory.Create(request, realTime.GetUtcNow());
        if (!created.IsAccepted) return created;
        if (limits.CreateTenant(operatorTenant.Id) is { } refused)
        {
            quota?.Invoke(refused);
            return Outcome<(Tenant, string)>.Refuse(RefusedQuota,
                $"Quota atteint : {refused.Permits} tenants créés par heure et par tenant créateur. Réessayez dans {refused.RetryAfterSeconds} s.");
        }
        await store.SaveTenantAsync(created.Value.Tenant, ct);
        await registry.RecordOwnerAsync(created.Value.Tenant.Id, operatorTenant.Id, ct);
        return created;
    }

    /// <summary>The operator's tenant first, then the ones it created, oldest first.</summary>
    public async Task<IReadOnlyList<Tenant>> ListAsync(Tenant operatorTenant, CancellationToken ct)
    {
        var owned = new List<Tenant>();
        foreach (var id in await registry.OwnedByAsync(operatorTenant.Id, ct))
            if (await store.FindTenantAsync(id, ct) is { } t) owned.Add(t);
        return [operatorTenant, .. owned.OrderBy(t => t.CreatedAt)];
    }

    public async Task<Refusal?> DeleteAsync(Tenant operatorTenant, TenantId target, CancellationToken ct)
    {
        var own = target == operatorTenant.Id || await registry.OwnerOfAsync(target, ct) == operatorTenant.Id;
        if (!own || await store.FindTenantAsync(target, ct) is null)
            return new Refusal(RefusedUnknown, $"Aucun tenant {target.Value} parmi les vôtres.");
        if (target.Value == DefaultTenantOptions.Id)
            return new Refusal(RefusedDefault, "Le tenant par défaut ne se supprime pas : il sert à démarrer sans configuration.");
        await registry.DeleteAsync(target, ct);
        return null;
    }
}
