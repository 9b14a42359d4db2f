using System.Data.Common;
using System.Runtime.CompilerServices;

namespace AiciSandbox.Server.Storage;

/// <summary>
/// The statements every journaled request runs (journal append, sequence number, token save), kept prepared on their
/// connection: one command per SQL text and connection, its parameters created once and only their values set per call.
/// On SQLite the writer's connection lives as long as the process (<see cref="GroupCommit"/>), so each statement is parsed
/// once instead of once per request (the CPU profile showed <c>sqlite3_prepare</c> and Dapper's parameter binding on every
/// request). On a short-lived connection (a pooled reader, PostgreSQL) the commands go with the connection.
/// </summary>
/// <remarks>A connection is used by one caller at a time, so its commands need no lock.</remarks>
internal static class PreparedCommands
{
    private static readonly ConditionalWeakTable<DbConnection, Dictionary<string, DbCommand>> ByConnection = new();

    /// <summary>The command for <paramref name="sql"/> on <paramref name="db"/>, in <paramref name="tx"/>, with these parameter values in the order of <paramref name="names"/>.</summary>
    public static DbCommand For(DbConnection db, DbTransaction? tx, string sql, ReadOnlySpan<string> names, ReadOnlySpan<object?> values)
    {
        var commands = ByConnection.GetOrCreateValue(db);
        if (!commands.TryGetValue(sql, out var command))
        {
            command = db.CreateCommand();
            command.CommandText = sql;
            foreach (var name in names)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                command.Parameters.Add(parameter);
            }
            commands[sql] = command;
        }
        command.Transaction = tx;
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        return command;
    }
}
