using System.Data.Common;
using System.Globalization;
using AiciSandbox.Domain.PaymentRequests;
using AiciSandbox.Domain.Particuliers;
using AiciSandbox.Domain.Tenants;
using Dapper;

namespace AiciSandbox.Server.Storage;

/// <summary>
/// <see cref="ISandboxStore"/> over SQL with Dapper; the same statements run on SQLite and PostgreSQL. Over the database
/// scope each write is one committed transaction (grouped with concurrent ones); inside a tenant session (<see cref="TenantSessions"/>) every
/// statement runs in the session's one transaction.
/// </summary>
/// <remarks>
/// Split by feature: tenants and tokens here; particuliers, demandes, simulation, faults, sequences, the journal
/// (<c>.Journal.cs</c>) and reset/snapshots (<c>.Snapshots.cs</c>) in the partial files.
/// </remarks>
internal sealed partial class SqlSandboxStore(SqlConnectionFactory connections, SqlScope scope, TenantDirectory? directory) : ISandboxStore
{
    /// <summary>A store over the database scope with no directory to keep in step (storage tests, the directory's own reads).</summary>
    public SqlSandboxStore(SqlConnectionFactory connections) : this(connections, SqlScope.Database(connections), null)
    {
    }

    public async Task InitializeAsync(CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        await db.ExecuteAsync(new CommandDefinition(SqlSchema.VersionTable, cancellationToken: ct));
        var current = await db.ExecuteScalarAsync<int?>(new CommandDefinition("SELECT MAX(version) FROM schema_version", cancellationToken: ct)) ?? 0;
        for (var version = current + 1; version <= SqlSchema.Migrations.Count; version++)
        {
            await using var tx = await db.BeginTransactionAsync(ct);
            await db.ExecuteAsync(new CommandDefinition(SqlSchema.Migrations[version - 1], transaction: tx, cancellationToken: ct));
            await db.ExecuteAsync(new CommandDefinition("INSERT INTO schema_version (version) VALUES (@version)", new { version }, tx, cancellationToken: ct));
            await tx.CommitAsync(ct);
        }
        await BackfillSimulationColumnsAsync(db, ct);
    }

    public Task<Tenant?> FindTenantAsync(TenantId id, CancellationToken ct) =>
        QuerySingleAsync<Tenant>("SELECT data FROM tenants WHERE id = @id", new { id = id.Value }, ct);

    public Task<Tenant?> FindTenantByClientIdAsync(string clientId, CancellationToken ct) =>
        QuerySingleAsync<Tenant>("SELECT data FROM tenants WHERE client_id = @clientId", new { clientId }, ct);

    public async Task SaveTenantAsync(Tenant tenant, CancellationToken ct)
    {
        await ExecuteAsync(tenant.Id, """
            INSERT INTO tenants (id, client_id, data) VALUES (@id, @clientId, @data)
            ON CONFLICT (id) DO UPDATE SET client_id = excluded.client_id, data = excluded.data
            """, new { id = tenant.Id.Value, clientId = tenant.ClientId, data = StorageJson.Write(tenant) }, ct);
        scope.AfterCommit(() => directory?.Forget(tenant.Id));
    }

    public async Task SaveTokenAsync(AccessToken token, DateTimeOffset purgeExpiredBefore, CancellationToken ct)
    {
        await scope.WriteAsync<int>(null, async (db, tx) =>
        {
            await PreparedCommands.For(db, tx, "DELETE FROM tokens WHERE tenant_id = @tenant AND expires_at < @before",
                ["@tenant", "@before"], [token.TenantId.Value, purgeExpiredBefore.ToUnixTimeMilliseconds()]).ExecuteNonQueryAsync(ct);
            return await PreparedCommands.For(db, tx, "INSERT INTO tokens (hash, tenant_id, expires_at, data) VALUES (@hash, @tenant, @expires, @data)",
                ["@hash", "@tenant", "@expires", "@data"],
                [token.Hash, token.TenantId.Value, token.ExpiresAt.ToUnixTimeMilliseconds(), StorageJson.Write(token)]).ExecuteNonQueryAsync(ct);
        }, ct, relaxed: true); // a token lost to a power cut costs its client one more token request (docs/decisions.md)
        scope.AfterCommit(() => directory?.Remember(token));
    }

    public Task<AccessToken?> FindTokenAsync(string hash, CancellationToken ct) =>
        QuerySingleAsync<AccessToken>("SELECT data FROM tokens WHERE hash = @hash", new { hash }, ct);

    /// <summary>
    /// <c>column IN (@in0, @in1, …)</c> with one parameter per value (named after the column, so one query can hold several lists), added to <paramref name="args"/>; no value matches nothing.
    /// Dapper's own <c>IN @list</c> only works on SQLite: to PostgreSQL it sends the list as one array parameter, and
    /// <c>IN $2</c> is a syntax error there.
    /// </summary>
    private static string In<T>(string column, IEnumerable<T> values, Dictionary<string, object?> args)
    {
        var names = new List<string>();
        foreach (var value in values)
        {
            var name = $"in_{column}_{names.Count}";
            args.Add(name, value);
            names.Add("@" + name);
        }
        return names.Count == 0 ? "1 = 0" : $"{column} IN ({string.Join(", ", names)})";
    }

    private static string? Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static long? Millis(DateTimeOffset? instant) => instant?.ToUnixTimeMilliseconds();

    /// <summary>One write statement, committed (in the session's transaction inside a session).</summary>
    private Task ExecuteAsync(TenantId? tenant, string sql, object args, CancellationToken ct) =>
        scope.WriteAsync(tenant, (db, tx) => db.ExecuteAsync(new CommandDefinition(sql, args, tx, cancellationToken: ct)), ct);
}
