using System.Data.Common;
using AiciSandbox.Domain.Tenants;
using Dapper;

namespace AiciSandbox.Server.Storage;

/// <summary>
/// The per-tenant sequence numbers of the journal, the outbox and the transitions. The last number given is kept in
/// <c>sequences</c>, apart from the rows, so it never goes back when rows are deleted (<c>DELETE /journal</c>, reset, the
/// journal's trimming, a restore): a client paging with <c>after=</c> the last number it saw never misses a new entry.
/// </summary>
internal sealed partial class SqlSandboxStore
{
    /// <summary>
    /// Moves the tenant's sequence <paramref name="name"/> on by <paramref name="count"/> (0 only reads it) and returns its new
    /// last number: the numbers taken are <c>last - count + 1 … last</c>. One statement in the caller's transaction; on
    /// PostgreSQL it locks the sequence's row until commit, so concurrent writers of a tenant, in one process or several, get
    /// distinct numbers; SQLite runs one write transaction at a time.
    /// </summary>
    private static async Task<long> AdvanceSequenceAsync(DbConnection db, DbTransaction tx, TenantId tenant, string name, long count, CancellationToken ct) =>
        Convert.ToInt64(await PreparedCommands.For(db, tx, AdvanceSequence, ["@tenant", "@name", "@count"], [tenant.Value, name, count])
            .ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);

    private const string AdvanceSequence = """
        INSERT INTO sequences (tenant_id, name, last_seq) VALUES (@tenant, @name, @count)
        ON CONFLICT (tenant_id, name) DO UPDATE SET last_seq = sequences.last_seq + excluded.last_seq
        RETURNING last_seq
        """;

    /// <summary>
    /// The numbers that restored rows take, given the ones they had in the snapshot (ascending). They keep them when none is
    /// above the sequence's last number: numbers are never reused, so each still names the same row, and later rows come after
    /// all of them. A snapshot holding higher numbers (taken before migration 4, when a reset restarted the numbering) has its
    /// rows renumbered after the last number instead, in their order, so that numbering never goes back nor repeats.
    /// </summary>
    private static async Task<IReadOnlyList<long>> RestoredSeqsAsync(DbConnection db, DbTransaction tx, TenantId tenant, string name,
        IReadOnlyList<long> seqs, CancellationToken ct)
    {
        if (seqs.Count == 0) return seqs;
        if (seqs[^1] <= await AdvanceSequenceAsync(db, tx, tenant, name, 0, ct)) return seqs;
        var first = await AdvanceSequenceAsync(db, tx, tenant, name, seqs.Count, ct) - seqs.Count + 1;
        return seqs.Select((_, i) => first + i).ToList();
    }
}
