using System.Data.Common;
using AiciSandbox.Domain.ParticulierSpace;
using AiciSandbox.Domain.Tenants;
using Dapper;

namespace AiciSandbox.Server.Storage;

/// <summary>
/// Where the particuliers' accesses to their space are kept (table <c>particulier_access</c>): the password hash, never the
/// password. An e-mail may have an access in several tenants; the password tells which one she enters.
/// </summary>
internal sealed class SpaceAccessStore(SqlConnectionFactory connections)
{
    public Task SaveAsync(TenantId tenant, SpaceAccess access, CancellationToken ct) =>
        connections.WriteAsync(tenant, (db, tx) => SaveAsync(db, tx, tenant, access, ct), ct);

    /// <summary>The same in the caller's transaction (an inscription saves her access in its tenant session).</summary>
    public static Task<int> SaveAsync(DbConnection db, DbTransaction tx, TenantId tenant, SpaceAccess access, CancellationToken ct) =>
        PreparedCommands.For(db, tx, """
            INSERT INTO particulier_access (tenant_id, id_client, email, data) VALUES (@tenant, @idClient, @email, @data)
            ON CONFLICT (tenant_id, id_client) DO UPDATE SET email = excluded.email, data = excluded.data
            """, ["@tenant", "@idClient", "@email", "@data"], [tenant.Value, access.IdClient, Normalised(access.Email), StorageJson.Write(access)])
            .ExecuteNonQueryAsync(ct);

    public async Task<SpaceAccess?> FindAsync(TenantId tenant, string idClient, CancellationToken ct)
    {
        await using var db = await connections.OpenReaderAsync(ct);
        var json = await db.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT data FROM particulier_access WHERE tenant_id = @tenant AND id_client = @idClient",
            new { tenant = tenant.Value, idClient }, cancellationToken: ct));
        return json is null ? null : StorageJson.Read<SpaceAccess>(json);
    }

    /// <summary>Every access opened for this e-mail, in any tenant, most recent first.</summary>
    public async Task<IReadOnlyList<(TenantId Tenant, SpaceAccess Access)>> FindByEmailAsync(string email, CancellationToken ct)
    {
        await using var db = await connections.OpenReaderAsync(ct);
        var rows = await db.QueryAsync<(string Tenant, string Data)>(new CommandDefinition(
            "SELECT tenant_id, data FROM particulier_access WHERE email = @email", new { email = Normalised(email) }, cancellationToken: ct));
        return rows.Select(r => (new TenantId(r.Tenant), StorageJson.Read<SpaceAccess>(r.Data)))
            .OrderByDescending(r => r.Item2.IssuedAt).ToList();
    }

    private static string Normalised(string email) => email.Trim().ToLowerInvariant();
}
