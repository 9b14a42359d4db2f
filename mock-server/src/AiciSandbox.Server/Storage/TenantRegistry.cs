using AiciSandbox.Domain.Tenants;
using Dapper;

namespace AiciSandbox.Server.Storage;

/// <summary>
/// Which tenant created which (table <c>tenant_owners</c>), so that an operator lists and deletes only its own, and the
/// deletion of a tenant with everything it holds: its data, tokens, journal, snapshots, faults, particuliers' accesses.
/// </summary>
internal sealed class TenantRegistry(SqlConnectionFactory connections, TenantDirectory directory)
{
    /// <summary>Every table that holds a tenant's rows, by the column that names the tenant.</summary>
    private static readonly (string Table, string Column)[] TenantRows =
    [
        ("tokens", "tenant_id"), ("particuliers", "tenant_id"), ("demandes", "tenant_id"), ("transitions", "tenant_id"),
        ("outbox", "tenant_id"), ("journal", "tenant_id"), ("snapshots", "tenant_id"), ("faults", "tenant_id"),
        ("sequences", "tenant_id"), ("particulier_access", "tenant_id"), ("tenant_owners", "tenant_id"), ("tenants", "id"),
    ];

    public Task RecordOwnerAsync(TenantId tenant, TenantId owner, CancellationToken ct) =>
        connections.WriteAsync(tenant, (db, tx) => db.ExecuteAsync(new CommandDefinition(
            "INSERT INTO tenant_owners (tenant_id, owner_id) VALUES (@tenant, @owner)",
            new { tenant = tenant.Value, owner = owner.Value }, tx, cancellationToken: ct)), ct);

    /// <summary>The ids of the tenants <paramref name="owner"/> created (and that still exist).</summary>
    public async Task<IReadOnlyList<TenantId>> OwnedByAsync(TenantId owner, CancellationToken ct)
    {
        await using var db = await connections.OpenReaderAsync(ct);
        var ids = await db.QueryAsync<string>(new CommandDefinition(
            "SELECT o.tenant_id FROM tenant_owners o JOIN tenants t ON t.id = o.tenant_id WHERE o.owner_id = @owner",
            new { owner = owner.Value }, cancellationToken: ct));
        return ids.Select(id => new TenantId(id)).ToList();
    }

    public async Task<TenantId?> OwnerOfAsync(TenantId tenant, CancellationToken ct)
    {
        await using var db = await connections.OpenReaderAsync(ct);
        var owner = await db.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT owner_id FROM tenant_owners WHERE tenant_id = @tenant", new { tenant = tenant.Value }, cancellationToken: ct));
        return owner is null ? null : new TenantId(owner);
    }

    /// <summary>Deletes the tenant and all it holds, in one transaction: its credentials and tokens stop working at once.</summary>
    public async Task DeleteAsync(TenantId tenant, CancellationToken ct)
    {
        await connections.WriteAsync(tenant, async (db, tx) =>
        {
            foreach (var (table, column) in TenantRows)
                await db.ExecuteAsync(new CommandDefinition($"DELETE FROM {table} WHERE {column} = @tenant", new { tenant = tenant.Value }, tx, cancellationToken: ct));
            // The tenants it created stay (they have their own credentials) but no longer have an owner to list them.
            return await db.ExecuteAsync(new CommandDefinition("DELETE FROM tenant_owners WHERE owner_id = @tenant", new { tenant = tenant.Value }, tx, cancellationToken: ct));
        }, ct);
        // The tenant directory answers from memory: the deleted tenant's record goes, so its tokens find no tenant (401).
        directory.Forget(tenant);
    }
}
