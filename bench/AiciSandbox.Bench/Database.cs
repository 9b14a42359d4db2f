using Microsoft.Data.Sqlite;

namespace AiciSandbox.Bench;

internal sealed record DbSize(long DbBytes, long WalBytes)
{
    public static DbSize Of(string path) => new(Length(path), Length(path + "-wal"));

    private static long Length(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;
}

/// <summary>How many journal rows a tenant holds, and the sequence number of its last one (= exchanges journaled so far).</summary>
internal sealed record JournalCount(long Rows, long MinSeq, long MaxSeq);

internal sealed record DbStats(IReadOnlyList<(string Table, long Rows)> Tables, long PageSize, long Pages, long FreePages);

/// <summary>Reads the sandbox's SQLite file read-only (WAL lets a reader in beside the server) for the journal bound.</summary>
internal static class Database
{
    private static readonly string[] Tables = ["tenants", "tokens", "particuliers", "demandes", "transitions", "outbox", "journal", "snapshots", "faults"];

    public static async Task<JournalCount> JournalAsync(string path, string tenantId, CancellationToken ct)
    {
        await using var db = await OpenAsync(path, ct);
        await using var cmd = db.CreateCommand();
        cmd.CommandText = "SELECT COUNT(*), COALESCE(MIN(seq), 0), COALESCE(MAX(seq), 0) FROM journal WHERE tenant_id = $t";
        cmd.Parameters.AddWithValue("$t", tenantId);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return new JournalCount(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    /// <summary>The tenant's last numbers in <c>transitions</c> and <c>outbox</c> (0 where it has none).</summary>
    public static async Task<(long Transitions, long Outbox)> LastSeqsAsync(string path, string tenantId, CancellationToken ct)
    {
        await using var db = await OpenAsync(path, ct);
        return (await ScalarAsync(db, "SELECT COALESCE(MAX(seq), 0) FROM transitions WHERE tenant_id = $tenant", ct, ("$tenant", tenantId)),
            await ScalarAsync(db, "SELECT COALESCE(MAX(seq), 0) FROM outbox WHERE tenant_id = $tenant", ct, ("$tenant", tenantId)));
    }

    public static async Task<DbStats> StatsAsync(string path, CancellationToken ct)
    {
        await using var db = await OpenAsync(path, ct);
        var rows = new List<(string, long)>();
        foreach (var table in Tables) rows.Add((table, await ScalarAsync(db, $"SELECT COUNT(*) FROM {table}", ct)));
        return new DbStats(rows, await ScalarAsync(db, "PRAGMA page_size", ct), await ScalarAsync(db, "PRAGMA page_count", ct),
            await ScalarAsync(db, "PRAGMA freelist_count", ct));
    }

    /// <summary>
    /// Adds <paramref name="copies"/> copies of every demande row of <paramref name="tenantId"/> (new id, invoice number and
    /// position; same columns and JSON), with the sandbox stopped: a stored volume the HTTP API would take many minutes to
    /// submit here. Returns how many demandes the tenant then has.
    /// </summary>
    public static async Task<long> CopyDemandesAsync(string path, string tenantId, int copies, CancellationToken ct)
    {
        await using var db = await OpenAsync(path, ct, SqliteOpenMode.ReadWrite);
        var step = await ScalarAsync(db, "SELECT COALESCE(MAX(position), 0) + 1 FROM demandes", ct); // positions stay distinct in every tenant
        await using var tx = await db.BeginTransactionAsync(ct);
        for (var k = 1; k <= copies; k++)
        {
            await using var cmd = db.CreateCommand();
            cmd.CommandText = """
                INSERT INTO demandes (tenant_id, id, num_facture, date_facture, submitted_at, position, id_client, statut, next_due, annee, eligible_cents, data)
                SELECT tenant_id, id || '~' || $k, num_facture || 'C' || $k, date_facture, submitted_at, position + $k * $step, id_client, statut,
                       next_due, annee, eligible_cents, data
                FROM demandes WHERE tenant_id = $tenant AND id NOT LIKE '%~%'
                """;
            cmd.Parameters.AddWithValue("$tenant", tenantId);
            cmd.Parameters.AddWithValue("$k", k);
            cmd.Parameters.AddWithValue("$step", step);
            await cmd.ExecuteNonQueryAsync(ct);
        }
        await tx.CommitAsync(ct);
        return await ScalarAsync(db, "SELECT COUNT(*) FROM demandes WHERE tenant_id = $tenant", ct, ("$tenant", tenantId));
    }

    private static async Task<SqliteConnection> OpenAsync(string path, CancellationToken ct, SqliteOpenMode mode = SqliteOpenMode.ReadOnly)
    {
        var db = Unopened(path, mode);
        await db.OpenAsync(ct);
        return db;
    }

    /// <summary>A connection of the harness's own to a sandbox's file (not pooled: the file is deleted or copied after).</summary>
    public static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var db = Unopened(path, mode);
        db.Open();
        return db;
    }

    private static SqliteConnection Unopened(string path, SqliteOpenMode mode) =>
        new(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());

    private static async Task<long> ScalarAsync(SqliteConnection db, string sql, CancellationToken ct, params (string Name, object Value)[] args)
    {
        await using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in args) cmd.Parameters.AddWithValue(name, value);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }
}
