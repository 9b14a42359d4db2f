using System.Data.Common;

namespace AiciSandbox.Server.Storage;

/// <summary>
/// One statement run for many rows in the caller's transaction, without Dapper's per-row work: on PostgreSQL the rows go in
/// batches of <see cref="BatchSize"/> statements (one round trip each); on SQLite one command is prepared once and run per
/// row with its parameter values replaced. The engine's commit of a big clock move (10,000 demandes → 40,000 transitions
/// and their messages) writes its rows this way.
/// </summary>
internal static class BulkRows
{
    private const int BatchSize = 500;

    /// <summary>Runs <paramref name="sql"/> (parameters <c>@name</c>) once per row; <paramref name="fill"/> writes a row's values in parameter order.</summary>
    public static async Task<int> RunAsync<T>(DbConnection db, DbTransaction tx, string sql, string[] names, IEnumerable<T> rows,
        Action<T, object?[]> fill, CancellationToken ct)
    {
        var values = new object?[names.Length];
        var count = 0;
        if (db.CanCreateBatch)
        {
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

        await using var one = db.CreateCommand();
        one.CommandText = sql;
        one.Transaction = tx;
        foreach (var name in names) one.Parameters.Add(Parameter(one.CreateParameter(), name, null));
        var prepared = false;
        foreach (var row in rows)
        {
            fill(row, values);
            for (var i = 0; i < names.Length; i++) one.Parameters[i].Value = values[i] ?? DBNull.Value;
            if (!prepared)
            {
                await one.PrepareAsync(ct);
                prepared = true;
            }
            count += await one.ExecuteNonQueryAsync(ct);
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
        parameter.Value = value ?? DBNull.Value;
        return parameter;
    }
}
