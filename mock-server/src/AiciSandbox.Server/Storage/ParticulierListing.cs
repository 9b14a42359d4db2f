using AiciSandbox.Domain.Particuliers;
using AiciSandbox.Domain.Tenants;
using Dapper;

namespace AiciSandbox.Server.Storage;

/// <summary>A tenant's particuliers for the console, newest inscription first, a page at a time. Always scoped by tenant.</summary>
internal sealed class ParticulierListing(SqlConnectionFactory connections)
{
    public async Task<IReadOnlyList<Particulier>> ListAsync(TenantId tenant, int offset, int limit, CancellationToken ct)
    {
        await using var db = await connections.OpenReaderAsync(ct);
        var rows = await db.QueryAsync<string>(new CommandDefinition(
            "SELECT data FROM particuliers WHERE tenant_id = @tenant ORDER BY id LIMIT @limit OFFSET @offset",
            new { tenant = tenant.Value, limit, offset }, cancellationToken: ct));
        return rows.Select(StorageJson.Read<Particulier>).OrderByDescending(p => p.InscritLe).ToList();
    }
}
