using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace AiciSandbox.Server.Storage;

/// <summary>
/// Reads of rows whose one column is a record's JSON (<c>data</c>). On SQLite they run on statements kept prepared on the
/// connection, each row parsed from the UTF-8 SQLite holds (<see cref="PreparedReads"/>): the engine's world is thousands of
/// rows, a search a few, many times a second. On PostgreSQL through Dapper. <c>args</c>: an object whose properties are
/// named like the parameters, or a <see cref="Dictionary{TKey, TValue}"/> of them (<see cref="In{T}"/> adds to one).
/// </summary>
internal sealed partial class SqlSandboxStore
{
    private Task<T?> QuerySingleAsync<T>(string sql, object args, CancellationToken ct) where T : class =>
        scope.ReadAsync(async (db, tx) =>
        {
            if (db is SqliteConnection sqlite) return PreparedReads.Rows<T>(sqlite, sql, args, max: 1).FirstOrDefault();
            await using var reader = await db.ExecuteReaderAsync(new CommandDefinition(sql, args, tx, cancellationToken: ct));
            return await reader.ReadAsync(ct) ? StorageJson.Read<T>(reader.GetString(0)) : null;
        }, ct);

    /// <summary>Rows of any shape: on SQLite each read by <paramref name="onSqlite"/> (<c>sqlite3_column_*</c>), on PostgreSQL mapped by Dapper by position.</summary>
    private Task<IReadOnlyList<T>> QueryRowsAsync<T>(string sql, object args, Func<sqlite3_stmt, T> onSqlite, CancellationToken ct) =>
        scope.ReadAsync((db, tx) => QueryRowsAsync(db, tx, sql, args, onSqlite, ct), ct);

    /// <summary>The same on a connection the caller holds (inside a write).</summary>
    private static async Task<IReadOnlyList<T>> QueryRowsAsync<T>(
        DbConnection db, DbTransaction? tx, string sql, object args, Func<sqlite3_stmt, T> onSqlite, CancellationToken ct) =>
        db is SqliteConnection sqlite
            ? PreparedReads.Rows(sqlite, sql, args, onSqlite)
            : (await db.QueryAsync<T>(new CommandDefinition(sql, args, tx, cancellationToken: ct))).AsList();

    private Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object args, CancellationToken ct) =>
        scope.ReadAsync<IReadOnlyList<T>>(async (db, tx) =>
        {
            if (db is SqliteConnection sqlite) return PreparedReads.Rows<T>(sqlite, sql, args);
            await using var reader = await db.ExecuteReaderAsync(new CommandDefinition(sql, args, tx, cancellationToken: ct));
            var rows = new List<T>();
            while (await reader.ReadAsync(ct)) rows.Add(StorageJson.Read<T>(reader.GetString(0)));
            return rows;
        }, ct);
}
