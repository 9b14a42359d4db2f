using Dapper;
using Microsoft.Data.Sqlite;

namespace AiciSandbox.Server.Storage;

internal sealed partial class SqlSandboxStore
{
    /// <summary>
    /// Like <c>QueryAsync</c> (one JSON <c>data</c> column per row), for reads of thousands of rows (the engine's world): on
    /// SQLite each row's JSON is read as the UTF-8 SQLite holds and parsed from it, without a .NET string in between.
    /// </summary>
    private Task<IReadOnlyList<T>> QueryManyAsync<T>(string sql, object args, CancellationToken ct) =>
        scope.ReadAsync<IReadOnlyList<T>>(async (db, tx) =>
        {
            var utf8 = db is SqliteConnection;
            await using var reader = await db.ExecuteReaderAsync(new CommandDefinition(sql, args, tx, cancellationToken: ct));
            var rows = new List<T>();
            while (await reader.ReadAsync(ct))
                rows.Add(utf8 ? StorageJson.Read<T>(reader.GetFieldValue<byte[]>(0)) : StorageJson.Read<T>(reader.GetString(0)));
            return rows;
        }, ct);
}
