using AiciSandbox.Domain.Tenants;

namespace AiciSandbox.Server.Storage;

internal sealed partial class SqlSandboxStore
{
    public Task DeleteSnapshotAsync(TenantId tenant, string id, CancellationToken ct) =>
        ExecuteAsync(tenant, "DELETE FROM snapshots WHERE tenant_id = @tenant AND id = @id", new { tenant = tenant.Value, id }, ct);
}
