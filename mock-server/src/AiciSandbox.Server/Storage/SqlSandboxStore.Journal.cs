using AiciSandbox.Domain.Tenants;
using AiciSandbox.Server.Journal;
using Dapper;

namespace AiciSandbox.Server.Storage;

/// <summary>
/// The journal of every exchange, per tenant. An append is a relaxed write: on SQLite it shares the writer's next group
/// commit with the concurrent requests' writes and never asks for an fsync of its own (a power cut may lose the last
/// traces, a crash of the process does not); it is readable by everyone as soon as the task completes (the answer leaves
/// after it).
/// </summary>
internal sealed partial class SqlSandboxStore
{
    /// <summary>How often (in appends) a tenant's journal is trimmed to its bound.</summary>
    private const int TrimEvery = 64;

    public Task AppendJournalAsync(TenantId tenant, JournalEntry entry, int keep, CancellationToken ct) =>
        // No tenant lock: the sequence's row (PostgreSQL) or the one writer (SQLite) numbers concurrent appends.
        scope.WriteAsync<int>(null, async (db, tx) =>
        {
            var seq = await AdvanceSequenceAsync(db, tx, tenant, "journal", 1, ct);
            await PreparedCommands.For(db, tx, "INSERT INTO journal (tenant_id, seq, data) VALUES (@tenant, @seq, @data)",
                ["@tenant", "@seq", "@data"], [tenant.Value, seq, StorageJson.Write(entry)]).ExecuteNonQueryAsync(ct);
            // Bounded (STYLE rule 11): the oldest entries go once the tenant has more than `keep`.
            return seq % TrimEvery != 0 ? 0 : await PreparedCommands.For(db, tx, "DELETE FROM journal WHERE tenant_id = @tenant AND seq <= @oldest",
                ["@tenant", "@oldest"], [tenant.Value, seq - keep]).ExecuteNonQueryAsync(ct);
        }, ct, relaxed: true);

    public Task<IReadOnlyList<Sequenced<JournalEntry>>> ReadJournalAsync(TenantId tenant, long after, int limit, CancellationToken ct) =>
        ReadSequencedAsync<JournalEntry>("journal", tenant, after, limit, ct);

    public async Task<IReadOnlyList<Sequenced<JournalEntry>>> ReadJournalTailAsync(TenantId tenant, int count, CancellationToken ct)
    {
        var rows = await scope.ReadAsync((db, tx) => db.QueryAsync<(long Seq, string Data)>(new CommandDefinition(
            "SELECT seq, data FROM journal WHERE tenant_id = @tenant ORDER BY seq DESC LIMIT @count",
            new { tenant = tenant.Value, count }, tx, cancellationToken: ct)), ct);
        return rows.Reverse().Select(r => new Sequenced<JournalEntry>(r.Seq, StorageJson.Read<JournalEntry>(r.Data))).ToList();
    }

    public Task ClearJournalAsync(TenantId tenant, CancellationToken ct) =>
        ExecuteAsync(tenant, "DELETE FROM journal WHERE tenant_id = @tenant", new { tenant = tenant.Value }, ct);
}
