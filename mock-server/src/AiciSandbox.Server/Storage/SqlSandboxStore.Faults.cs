using AiciSandbox.Domain.Tenants;
using AiciSandbox.Server.Faults;
using Dapper;

namespace AiciSandbox.Server.Storage;

internal sealed partial class SqlSandboxStore
{
    public Task AddFaultAsync(TenantId tenant, Fault fault, DateTimeOffset createdAt, CancellationToken ct) => ExecuteAsync(
        "INSERT INTO faults (tenant_id, id, created_at, operation, data) VALUES (@tenant, @id, @createdAt, @operation, @data)",
        new { tenant = tenant.Value, id = fault.Id, createdAt = createdAt.ToUnixTimeMilliseconds(), operation = fault.Operation, data = StorageJson.Write(fault) }, ct);

    public Task<IReadOnlyList<Fault>> ListFaultsAsync(TenantId tenant, CancellationToken ct) =>
        QueryAsync<Fault>("SELECT data FROM faults WHERE tenant_id = @tenant ORDER BY created_at, id", new { tenant = tenant.Value }, ct);

    public Task ClearFaultsAsync(TenantId tenant, CancellationToken ct) =>
        ExecuteAsync("DELETE FROM faults WHERE tenant_id = @tenant", new { tenant = tenant.Value }, ct);

    public async Task<Fault?> TakeFaultAsync(TenantId tenant, string operation, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        await using var tx = await db.BeginTransactionAsync(ct);
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
        await tx.CommitAsync(ct);
        return fires ? fault : null;
    }
}
