using System.Data.Common;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace AiciSandbox.Server.Storage;

/// <summary>
/// One statement run for many rows in the caller's transaction, without Dapper's per-row work: on PostgreSQL the rows go in
/// batches of <see cref="BatchSize"/> statements (one round trip each); on SQLite one statement, kept prepared on the
/// connection (<see cref="SqliteStatements"/>), is stepped per row, its values bound by position straight into SQLite (no
/// per-row command, reader or parameter-name lookup, and
/// <see cref="StoredJson"/> values written as UTF-8 JSON into one reused buffer and bound from it, without a .NET string
/// or an array per row). The engine's
/// commit of a big clock move (10,000 demandes → 40,000 transitions and their messages) writes its rows this way.
/// </summary>
internal static class BulkRows
{
    private const int BatchSize = 500;

    /// <summary>
    /// Runs <paramref name="sql"/> (parameters <c>@name</c>) once per row; <paramref name="fill"/> writes a row's values in
    /// parameter order: <c>null</c>, <see cref="int"/>, <see cref="long"/>, <see cref="string"/> or <see cref="StoredJson"/>.
    /// </summary>
    public static async Task<int> RunAsync<T>(DbConnection db, DbTransaction tx, string sql, string[] names, IEnumerable<T> rows,
        Action<T, object?[]> fill, CancellationToken ct)
    {
        if (db is SqliteConnection sqlite) return RunOnSqlite(sqlite, sql, names, rows, fill);
        var values = new object?[names.Length];
        var count = 0;
        await using var batch = db.CreateBatch();
        batch.Transaction = tx;
        foreach (var row in rows)
        {
            fill(row, values);
            var command = batch.CreateBatchCommand();
            command.CommandText = sql;
            for (var i = 0; i < names.Length; i++) command.Parameters.Add(Parameter(command.CreateParameter(), names[i], values[i]));
            batch.BatchCommands.Add(command);
            if (batch.BatchCommands.Count == BatchSize) count += await FlushAsync(batch, ct);
        }
        if (batch.BatchCommands.Count > 0) count += await FlushAsync(batch, ct);
        return count;
    }

    /// <summary>The SQLite path: the caller's transaction is the connection's, so the raw statement runs inside it.</summary>
    private static int RunOnSqlite<T>(SqliteConnection db, string sql, string[] names, IEnumerable<T> rows, Action<T, object?[]> fill)
    {
        using var lease = SqliteStatements.For(db, sql);
        var statement = lease.Statement;
        var positions = names.Select(n => raw.sqlite3_bind_parameter_index(statement, n)).ToArray();
        if (positions.Any(p => p == 0)) throw new ArgumentException($"A parameter of {string.Join(", ", names)} is not in: {sql}", nameof(names));
        var values = new object?[names.Length];
        var bound = new object?[names.Length];
        var json = new StorageJson.Utf8Writer();
        var count = 0;
        var stepped = false;
        foreach (var row in rows)
        {
            fill(row, values);
            for (var i = 0; i < values.Length; i++)
            {
                // A reset statement keeps its bindings: a value equal to the last row's (the tenant, a kind) is not bound again.
                if (stepped && values[i] is not StoredJson && Equals(values[i], bound[i])) continue;
                if (values[i] is StoredJson j) lease.Check(raw.sqlite3_bind_text(statement, positions[i], json.Write(j.Record))); // SQLite copies it
                else lease.Bind(positions[i], values[i]);
                bound[i] = values[i];
            }
            var rc = raw.sqlite3_step(statement);
            stepped = true;
            if (rc != raw.SQLITE_DONE) lease.Check(rc);
            count += raw.sqlite3_changes(lease.Handle);
            raw.sqlite3_reset(statement);
        }
        return count;
    }

    private static async Task<int> FlushAsync(DbBatch batch, CancellationToken ct)
    {
        var count = await batch.ExecuteNonQueryAsync(ct);
        batch.BatchCommands.Clear();
        return count;
    }

    private static DbParameter Parameter(DbParameter parameter, string name, object? value)
    {
        parameter.ParameterName = name;
        parameter.Value = value switch
        {
            null => DBNull.Value,
            StoredJson j => StorageJson.Write(j.Record),
            _ => value,
        };
        return parameter;
    }
}

/// <summary>A record for <see cref="BulkRows"/> to store as its JSON (<see cref="StorageJson"/>, of the record's runtime type).</summary>
internal readonly record struct StoredJson(object Record);
