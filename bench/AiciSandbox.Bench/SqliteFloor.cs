using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace AiciSandbox.Bench;

/// <summary>
/// (g)'s floor on this machine, in this run: SQLite alone storing what one big clock move stored. On a page-for-page copy of
/// the sandbox's file taken after the move, the tenant's demandes are rewritten and the move's transitions and outbox
/// messages inserted again (under new numbers), in one transaction with the writer's settings (WAL, <c>synchronous=FULL</c>,
/// 32 MiB of cache), from one statement per table prepared once, each value bound as the UTF-8 the server binds, then the
/// WAL is copied into the file (the server's checkpointer does it after the move). No HTTP, JSON, engine or answer: what
/// SQLite leaves of the 1 s target for all of them.
/// </summary>
internal static class SqliteFloor
{
    /// <param name="Commit">The commit and the checkpoint after it (SQLite checkpoints within the commit itself once the WAL
    /// has passed its threshold, as the sandbox's writer does after a big move).</param>
    internal sealed record Figures(int Demandes, int Transitions, int Messages, TimeSpan Write, TimeSpan Commit)
    {
        public TimeSpan Total => Write + Commit;
    }

    /// <param name="transitionsBefore">The tenant's last transition number before the move: the move wrote those after it.</param>
    /// <param name="outboxBefore">The same for its outbox.</param>
    public static Figures OfMove(string livePath, string copyPath, string tenantId, long transitionsBefore, long outboxBefore)
    {
        using (var live = Database.Open(livePath, SqliteOpenMode.ReadOnly))
        using (var fresh = Database.Open(copyPath, SqliteOpenMode.ReadWriteCreate))
            live.BackupDatabase(fresh);
        using var db = Database.Open(copyPath, SqliteOpenMode.ReadWrite);
        Execute(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA cache_size=-32768;");
        var demandes = Rows(db, "SELECT statut, next_due, data, tenant_id, id FROM demandes WHERE tenant_id = $t", tenantId, 0);
        var transitions = Renumbered(db, "transitions",
            Rows(db, "SELECT tenant_id, seq, at, object_id, data FROM transitions WHERE tenant_id = $t AND seq > $after ORDER BY seq", tenantId, transitionsBefore));
        var messages = Renumbered(db, "outbox",
            Rows(db, "SELECT tenant_id, seq, at, kind, id_client, id_demande, data FROM outbox WHERE tenant_id = $t AND seq > $after ORDER BY seq", tenantId, outboxBefore));
        // The demandes as they stood before the move (live, something due), so that the timed update changes their indexed
        // columns as the move did; then an empty WAL, as the settled server had.
        Execute(db, "UPDATE demandes SET statut = 10, next_due = 0 WHERE tenant_id = $t", tenantId);
        Execute(db, "PRAGMA wal_checkpoint(TRUNCATE)");

        var handle = db.Handle!;
        var started = Stopwatch.GetTimestamp();
        Check(handle, raw.sqlite3_exec(handle, "BEGIN"));
        Store(handle, "UPDATE demandes SET statut = ?1, next_due = ?2, data = ?3 WHERE tenant_id = ?4 AND id = ?5", demandes);
        Store(handle, "INSERT INTO transitions (tenant_id, seq, at, object_id, data) VALUES (?1, ?2, ?3, ?4, ?5)", transitions);
        Store(handle, "INSERT INTO outbox (tenant_id, seq, at, kind, id_client, id_demande, data) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", messages);
        var write = Stopwatch.GetElapsedTime(started);
        Check(handle, raw.sqlite3_exec(handle, "COMMIT"));
        Check(handle, raw.sqlite3_exec(handle, "PRAGMA wal_checkpoint(PASSIVE)"));
        return new Figures(demandes.Count, transitions.Count, messages.Count, write, Stopwatch.GetElapsedTime(started) - write);
    }

    /// <summary>The rows of <c>$t</c> (after <c>$after</c> where the query says so), each value a <c>long</c>, UTF-8 bytes or null, in the column order of the query.</summary>
    private static List<object?[]> Rows(SqliteConnection db, string sql, string tenantId, long after)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        cmd.Parameters.AddWithValue("$t", tenantId);
        cmd.Parameters.AddWithValue("$after", after);
        using var reader = cmd.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
                row[i] = reader.IsDBNull(i) ? null : reader.GetFieldType(i) == typeof(long) ? reader.GetInt64(i) : Encoding.UTF8.GetBytes(reader.GetString(i));
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>The same rows numbered after the table's last number (column 1 is <c>seq</c>): inserted again beside the originals.</summary>
    private static List<object?[]> Renumbered(SqliteConnection db, string table, List<object?[]> rows)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = $"SELECT COALESCE(MAX(seq), 0) FROM {table}";
        var last = (long)cmd.ExecuteScalar()!;
        foreach (var row in rows) row[1] = (long)row[1]! + last;
        return rows;
    }

    private static void Store(sqlite3 handle, string sql, List<object?[]> rows)
    {
        Check(handle, raw.sqlite3_prepare_v2(handle, sql, out var statement));
        using (statement)
        {
            foreach (var row in rows)
            {
                for (var i = 0; i < row.Length; i++)
                    Check(handle, row[i] switch
                    {
                        null => raw.sqlite3_bind_null(statement, i + 1),
                        long number => raw.sqlite3_bind_int64(statement, i + 1, number),
                        byte[] utf8 => raw.sqlite3_bind_text(statement, i + 1, utf8),
                        var other => throw new InvalidOperationException($"unexpected value {other}"),
                    });
                var rc = raw.sqlite3_step(statement);
                if (rc != raw.SQLITE_DONE) Check(handle, rc);
                raw.sqlite3_reset(statement);
            }
        }
    }

    private static void Check(sqlite3 handle, int rc)
    {
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, handle);
    }

    private static void Execute(SqliteConnection db, string sql, string? tenantId = null)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        if (tenantId is not null) cmd.Parameters.AddWithValue("$t", tenantId);
        cmd.ExecuteNonQuery();
    }
}
