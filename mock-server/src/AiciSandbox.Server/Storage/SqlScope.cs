using System.Data.Common;
using AiciSandbox.Domain.Tenants;

namespace AiciSandbox.Server.Storage;

/// <summary>
/// Where a <see cref="SqlSandboxStore"/> runs its statements. The database scope reads on a pooled connection and sends each
/// write to the <see cref="SqlConnectionFactory"/>'s writer (grouped commits on SQLite, a tenant-locked transaction on
/// PostgreSQL); a session scope runs reads and writes alike in the one transaction of a tenant session (<see cref="TenantSessions"/>).
/// </summary>
internal abstract class SqlScope
{
    /// <summary>Runs <paramref name="read"/> on a connection that sees every acknowledged write.</summary>
    public abstract Task<T> ReadAsync<T>(Func<DbConnection, DbTransaction?, Task<T>> read, CancellationToken ct);

    /// <summary>
    /// Runs <paramref name="write"/> in a transaction that is committed (durable) before the task completes. With a tenant,
    /// the transaction holds that tenant's lock (across processes on PostgreSQL).
    /// </summary>
    public abstract Task<T> WriteAsync<T>(TenantId? tenant, Func<DbConnection, DbTransaction, Task<T>> write, CancellationToken ct, bool relaxed = false);

    /// <summary>Runs <paramref name="action"/> once the write that asked for it is committed (memory that mirrors the database).</summary>
    public abstract void AfterCommit(Action action);

    public static SqlScope Database(SqlConnectionFactory connections) => new DatabaseScope(connections);

    private sealed class DatabaseScope(SqlConnectionFactory connections) : SqlScope
    {
        public override async Task<T> ReadAsync<T>(Func<DbConnection, DbTransaction?, Task<T>> read, CancellationToken ct)
        {
            await using var db = await connections.OpenReaderAsync(ct);
            return await read(db, null);
        }

        public override Task<T> WriteAsync<T>(TenantId? tenant, Func<DbConnection, DbTransaction, Task<T>> write, CancellationToken ct, bool relaxed = false) =>
            connections.WriteAsync(tenant, write, ct, relaxed);

        public override void AfterCommit(Action action) => action();
    }
}

/// <summary>The scope of one tenant session (<see cref="TenantSessions"/>): its connection and transaction, and what to do once it commits.</summary>
internal sealed class SessionScope(DbConnection db, DbTransaction tx) : SqlScope
{
    private readonly List<Action> afterCommit = [];

    public override Task<T> ReadAsync<T>(Func<DbConnection, DbTransaction?, Task<T>> read, CancellationToken ct) => read(db, tx);

    public override Task<T> WriteAsync<T>(TenantId? tenant, Func<DbConnection, DbTransaction, Task<T>> write, CancellationToken ct, bool relaxed = false) =>
        write(db, tx);

    public override void AfterCommit(Action action) => afterCommit.Add(action);

    /// <summary>Called by <see cref="TenantSessions"/> after the commit.</summary>
    public void Committed()
    {
        foreach (var action in afterCommit) action();
    }
}
