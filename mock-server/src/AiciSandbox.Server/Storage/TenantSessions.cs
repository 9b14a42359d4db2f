using AiciSandbox.Domain.Tenants;

namespace AiciSandbox.Server.Storage;

/// <summary>
/// Opens the tenant session of a request that changes a tenant: the unit of work in which it reads what it needs, lets the
/// pure domain decide, and writes, all in <b>one transaction</b> under the tenant's lock, committed before the answer.
/// </summary>
/// <remarks>
/// <para>SQLite: the session is a unit of the file's one writer (<see cref="GroupCommit"/>); sessions run one after the
/// other, each seeing the writes of those before it, and the sessions that queued during a commit share the next commit.</para>
/// <para>PostgreSQL: the session's transaction first takes the tenant's advisory lock (<c>pg_advisory_xact_lock</c>), so
/// that sessions of one tenant run one at a time across every sandbox instance on the database, each reading the state the
/// previous one committed; the lock goes with the commit.</para>
/// <para>The <see cref="ISandboxStore"/> a session hands out runs on the session's transaction: use only it inside the
/// session (a write through the injected store from inside a session would wait for the session itself on SQLite).</para>
/// </remarks>
internal sealed class TenantSessions(SqlConnectionFactory connections, TenantDirectory directory)
{
    public async Task<T> RunAsync<T>(TenantId tenant, Func<ISandboxStore, Task<T>> work, CancellationToken ct)
    {
        SessionScope? scope = null;
        var result = await connections.WriteAsync(tenant, (db, tx) =>
        {
            scope = new SessionScope(db, tx);
            return work(new SqlSandboxStore(connections, scope, directory));
        }, ct);
        scope!.Committed();
        return result;
    }
}
