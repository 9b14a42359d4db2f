using AiciSandbox.Domain.Tenants;
using AiciSandbox.Server.Faults;
using System.Data.Common;
using Dapper;

namespace AiciSandbox.Server.Storage;

internal sealed partial class SqlSandboxStore
{
    public async Task AddFaultAsync(TenantId tenant, Fault fault, DateTimeOffset createdAt, CancellationToken ct)
    {
        await ExecuteAsync(tenant,
            "INSERT INTO faults (tenant_id, id, created_at, operation, data) VALUES (@tenant, @id, @createdAt, @operation, @data)",
            new { tenant = tenant.Value, id = fault.Id, createdAt = createdAt.ToUnixTimeMilliseconds(), operation = fault.Operation, data = StorageJson.Write(fault) }, ct);
        scope.AfterCommit(() => directory?.ForgetState(tenant));
    }

    public Task<IReadOnlyList<Fault>> ListFaultsAsync(TenantId tenant, CancellationToken ct) =>
        QueryAsync<Fault>("SELECT data FROM faults WHERE tenant_id = @tenant ORDER BY created_at, id", new { tenant = tenant.Value }, ct);

    public async Task ClearFaultsAsync(TenantId tenant, CancellationToken ct)
    {
        await ExecuteAsync(tenant, "DELETE FROM faults WHERE tenant_id = @tenant", new { tenant = tenant.Value }, ct);
        scope.AfterCommit(() => directory?.ForgetState(tenant));
    }

    /// <remarks>
    /// Armed faults are rare: a tenant without any (the common case, known from the tenant directory's memory when there is
    /// one) writes nothing, so it costs neither a commit nor a place in the writer's queue; a fault found is then taken under
    /// the tenant's lock, read again in the write.
    /// </remarks>
    public async Task<Fault?> TakeFaultAsync(TenantId tenant, string operation, CancellationToken ct)
    {
        if (directory is not null && !await directory.HasArmedFaultsAsync(tenant, ct)) return null;
        var armed = await scope.ReadAsync((db, tx) => db.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM faults WHERE tenant_id = @tenant AND operation IN (@operation, 'any')",
            new { tenant = tenant.Value, operation }, tx, cancellationToken: ct)), ct);
        if (armed == 0) return null;
        var taken = await scope.WriteAsync(tenant, (db, tx) => TakeFaultAsync(db, tx, tenant, operation, ct), ct);
        scope.AfterCommit(() => directory?.ForgetState(tenant));
        return taken;
    }

    private static async Task<Fault?> TakeFaultAsync(DbConnection db, DbTransaction tx, TenantId tenant, string operation, CancellationToken ct)
    {
        var json = await db.QueryFirstOrDefaultAsync<string>(new CommandDefinition("""
            SELECT data FROM faults WHERE tenant_id = @tenant AND operation IN (@operation, 'any') ORDER BY created_at, id LIMIT 1
            """, new { tenant = tenant.Value, operation }, tx, cancellationToken: ct));
        if (json is null) return null;
        var fault = StorageJson.Read<Fault>(json);
        var (next, fires) = fault.Taken();
        var args = new { tenant = tenant.Value, id = fault.Id, data = next is null ? null : StorageJson.Write(next) };
        await db.ExecuteAsync(new CommandDefinition(next is null
            ? "DELETE FROM faults WHERE tenant_id = @tenant AND id = @id"
            : "UPDATE faults SET data = @data WHERE tenant_id = @tenant AND id = @id", args, tx, cancellationToken: ct));
        return fires ? fault : null;
    }
}
