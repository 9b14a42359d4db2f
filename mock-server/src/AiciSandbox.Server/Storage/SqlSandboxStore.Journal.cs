using AiciSandbox.Domain.Tenants;
using AiciSandbox.Server.Journal;
using Dapper;

namespace AiciSandbox.Server.Storage;

/// <summary>
/// The journal of every exchange, per tenant. An append is written behind (<see cref="SqlConnectionFactory.WriteBehindAsync"/>):
/// on SQLite the answer does not wait for it — it joins the writer's next group, without an fsync of its own — and every
/// read of the journal first waits for the appends queued before it, so an entry is readable as soon as its answer has left;
/// a crash of the process may lose the entries of the last milliseconds, a power cut the last ones. On PostgreSQL it is
/// committed before the answer (other instances read it).
/// </summary>
internal sealed partial class SqlSandboxStore
{
    /// <summary>How often (in appends) a tenant's journal is trimmed to its bound.</summary>
    private const int TrimEvery = 64;

    /// <remarks>Always outside any tenant session: the journal records exchanges, not a session's state.</remarks>
    public Task AppendJournalAsync(TenantId tenant, JournalEntry entry, int keep, CancellationToken ct)
    {
        var data = StorageJson.Write(entry);
        // No tenant lock: the sequence's row (PostgreSQL) or the one writer (SQLite) numbers concurrent appends.
        return connections.WriteBehindAsync(async (db, tx) =>
        {
            var seq = await AdvanceSequenceAsync(db, tx, tenant, "journal", 1, CancellationToken.None);
            await PreparedCommands.For(db, tx, "INSERT INTO journal (tenant_id, seq, data) VALUES (@tenant, @seq, @data)",
                ["@tenant", "@seq", "@data"], [tenant.Value, seq, data]).ExecuteNonQueryAsync();
            // Bounded (STYLE rule 11): the oldest entries go once the tenant has more than `keep`.
            if (seq % TrimEvery == 0)
                await PreparedCommands.For(db, tx, "DELETE FROM journal WHERE tenant_id = @tenant AND seq <= @oldest",
                    ["@tenant", "@oldest"], [tenant.Value, seq - keep]).ExecuteNonQueryAsync();
        });
    }

    public async Task<IReadOnlyList<Sequenced<JournalEntry>>> ReadJournalAsync(TenantId tenant, long after, int limit, CancellationToken ct)
    {
        await connections.WrittenBehindAsync();
        return await ReadSequencedAsync<JournalEntry>("journal", tenant, after, limit, ct);
    }

    public async Task<IReadOnlyList<Sequenced<JournalEntry>>> ReadJournalTailAsync(TenantId tenant, int count, CancellationToken ct)
    {
        await connections.WrittenBehindAsync();
        var rows = await scope.ReadAsync((db, tx) => db.QueryAsync<(long Seq, string Data)>(new CommandDefinition(
            "SELECT seq, data FROM journal WHERE tenant_id = @tenant ORDER BY seq DESC LIMIT @count",
            new { tenant = tenant.Value, count }, tx, cancellationToken: ct)), ct);
        return rows.Reverse().Select(r => new Sequenced<JournalEntry>(r.Seq, StorageJson.Read<JournalEntry>(r.Data))).ToList();
    }

    public Task ClearJournalAsync(TenantId tenant, CancellationToken ct) =>
        ExecuteAsync(tenant, "DELETE FROM journal WHERE tenant_id = @tenant", new { tenant = tenant.Value }, ct);
}
