using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AiciSandbox.Server.Storage;

/// <summary>
/// Reads of rows whose one column is a record's JSON (<c>data</c>). On SQLite each row's JSON is read as the UTF-8 SQLite
/// holds and parsed from it, without a .NET string in between: the engine's world is thousands of rows, a search a few.
/// </summary>
internal sealed partial class SqlSandboxStore
{
    private Task<T?> QuerySingleAsync<T>(string sql, object args, CancellationToken ct) where T : class =>
        scope.ReadAsync(async (db, tx) =>
        {
            await using var reader = await db.ExecuteReaderAsync(new CommandDefinition(sql, args, tx, cancellationToken: ct));
            return await reader.ReadAsync(ct) ? Row<T>(reader, db) : null;
        }, ct);

    private Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object args, CancellationToken ct) =>
        scope.ReadAsync<IReadOnlyList<T>>(async (db, tx) =>
        {
            await using var reader = await db.ExecuteReaderAsync(new CommandDefinition(sql, args, tx, cancellationToken: ct));
            var rows = new List<T>();
            while (await reader.ReadAsync(ct)) rows.Add(Row<T>(reader, db));
            return rows;
        }, ct);

    private static T Row<T>(DbDataReader reader, DbConnection db) =>
        db is SqliteConnection ? StorageJson.Read<T>(reader.GetFieldValue<byte[]>(0)) : StorageJson.Read<T>(reader.GetString(0));
}
