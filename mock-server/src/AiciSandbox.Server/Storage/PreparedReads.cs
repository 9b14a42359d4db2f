using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace AiciSandbox.Server.Storage;

/// <summary>
/// Reads on SQLite on statements kept prepared per connection (<see cref="SqliteStatements"/>), their values bound by name
/// straight into SQLite and their rows read from SQLite's own buffers — no command, reader or parameter objects per call.
/// A JSON row (<see cref="SqlSandboxStore"/>'s <c>QueryAsync</c>) is parsed from the UTF-8 SQLite holds, without a
/// <c>byte[]</c> or a string. The statement is reset as soon as its rows are read, even when <c>max</c> cut them short.
/// </summary>
internal static class PreparedReads
{
    /// <summary>
    /// Reads at most <paramref name="max"/> rows of <paramref name="sql"/>, whose first column is a record's JSON, with the
    /// values of <paramref name="args"/>: an <c>IDictionary&lt;string, object?&gt;</c> or an object whose properties are named
    /// like the parameters.
    /// </summary>
    public static List<T> Rows<T>(SqliteConnection db, string sql, object args, int max = int.MaxValue) =>
        Rows(db, sql, args, static s => StorageJson.Read<T>(raw.sqlite3_column_blob(s, 0)), max);

    /// <summary>Reads at most <paramref name="max"/> rows of <paramref name="sql"/>, each by <paramref name="row"/> (SQLite's <c>sqlite3_column_*</c>).</summary>
    public static List<T> Rows<T>(SqliteConnection db, string sql, object args, Func<sqlite3_stmt, T> row, int max = int.MaxValue)
    {
        using var lease = SqliteStatements.For(db, sql);
        var names = lease.Prepared.Names;
        for (var i = 0; i < names.Length; i++) lease.Bind(i + 1, Arguments.Value(args, names[i]));
        var rows = new List<T>();
        int rc;
        while (rows.Count < max && (rc = raw.sqlite3_step(lease.Statement)) != raw.SQLITE_DONE)
        {
            if (rc != raw.SQLITE_ROW) lease.Check(rc);
            rows.Add(row(lease.Statement));
        }
        return rows;
    }

    /// <summary>A parameter's value by name, from a dictionary or from an (anonymous) object's properties.</summary>
    private static class Arguments
    {
        private static readonly ConcurrentDictionary<Type, Dictionary<string, PropertyInfo>> Properties = new();

        public static object? Value(object args, string name)
        {
            if (args is IDictionary<string, object?> dictionary)
                return dictionary.TryGetValue(name, out var value) ? value : throw Missing(name);
            var properties = Properties.GetOrAdd(args.GetType(), t => t.GetProperties().ToDictionary(p => p.Name, StringComparer.Ordinal));
            return properties.TryGetValue(name, out var property) ? property.GetValue(args) : throw Missing(name);
        }

        private static ArgumentException Missing(string name) => new($"No value for the SQL parameter @{name}.", nameof(name));
    }
}
