using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace AiciSandbox.Server.Storage;

/// <summary>
/// SQLite statements kept prepared on their native connection, for the statements a request runs every time
/// (<see cref="PreparedReads"/>, <see cref="BulkRows"/>): the pool hands the same native connections out again and again
/// (and the writer's lives as long as the process), so a statement is parsed once per connection instead of once per call.
/// </summary>
/// <remarks>
/// A connection is used by one caller at a time, so its statements need no lock. A leased statement is reset when the lease
/// ends, so no read transaction outlives a call and a transaction can always commit. A native connection the pool closes
/// takes its statements with it: they are finalised with it (SQLite keeps the file open until then).
/// </remarks>
internal static class SqliteStatements
{
    /// <summary>At most this many statements are kept per connection (an <c>IN</c> list makes one SQL text per length).</summary>
    public const int MaxPerConnection = 64;

    private static readonly ConditionalWeakTable<sqlite3, Dictionary<string, Prepared>> ByConnection = new();

    /// <summary>The statement for <paramref name="sql"/> on <paramref name="db"/>, until the lease is disposed.</summary>
    public static Lease For(SqliteConnection db, string sql)
    {
        var handle = db.Handle ?? throw new InvalidOperationException("The SQLite connection is closed.");
        var statements = ByConnection.GetValue(handle, h =>
        {
            raw.sqlite3_busy_timeout(h, SqlConnectionFactory.SqliteBusyTimeoutMs);
            return new Dictionary<string, Prepared>(StringComparer.Ordinal);
        });
        if (statements.TryGetValue(sql, out var prepared)) return new Lease(handle, prepared, Kept: true);
        prepared = Prepared.Of(handle, sql);
        var kept = statements.Count < MaxPerConnection;
        if (kept) statements[sql] = prepared;
        return new Lease(handle, prepared, kept);
    }

    /// <summary>A statement and its parameters' names (without their <c>@</c>), in position order from 1.</summary>
    public sealed record Prepared(sqlite3_stmt Statement, string[] Names)
    {
        public static Prepared Of(sqlite3 handle, string sql)
        {
            SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(handle, sql, out var statement), handle);
            var names = new string[raw.sqlite3_bind_parameter_count(statement)];
            for (var i = 0; i < names.Length; i++) names[i] = raw.sqlite3_bind_parameter_name(statement, i + 1).utf8_to_string()[1..];
            return new Prepared(statement, names);
        }
    }

    public readonly record struct Lease(sqlite3 Handle, Prepared Prepared, bool Kept) : IDisposable
    {
        public sqlite3_stmt Statement => Prepared.Statement;

        /// <summary>Throws the <see cref="SqliteException"/> of a failed call (<paramref name="rc"/> not OK).</summary>
        public void Check(int rc) => SqliteException.ThrowExceptionForRC(rc, Handle);

        /// <summary>Binds a value at a position (from 1): <c>null</c>, <see cref="string"/>, <see cref="int"/> or <see cref="long"/>.</summary>
        public void Bind(int position, object? value) => Check(value switch
        {
            null => raw.sqlite3_bind_null(Statement, position),
            string s => raw.sqlite3_bind_text(Statement, position, s),
            int i => raw.sqlite3_bind_int64(Statement, position, i),
            long l => raw.sqlite3_bind_int64(Statement, position, l),
            _ => throw new ArgumentException($"An SQLite statement here does not bind a {value.GetType().Name}.", nameof(value)),
        });

        public void Dispose()
        {
            if (!Kept)
            {
                Statement.Dispose();
                return;
            }
            raw.sqlite3_reset(Statement);
            raw.sqlite3_clear_bindings(Statement);
        }
    }
}
