using System.Data.Common;
using AiciSandbox.Domain.Outbox;
using AiciSandbox.Domain.PaymentRequests;
using AiciSandbox.Domain.Particuliers;
using AiciSandbox.Domain.Simulation;
using AiciSandbox.Domain.Tenants;
using Dapper;
using SQLitePCL;

namespace AiciSandbox.Server.Storage;

internal sealed partial class SqlSandboxStore
{
    /// <summary>
    /// <see cref="DemandeTransitions.Live"/> as SQL: the engine loads these, and any other demande with something due — a
    /// demande regularised (70) before its transfer date is still paid on that date.
    /// </summary>
    private static readonly string LiveStatuses = StatusList(DemandeTransitions.Live);

    private static string StatusList(IEnumerable<DemandeStatus> statuses) =>
        string.Join(", ", statuses.Select(s => ((int)s).ToString(System.Globalization.CultureInfo.InvariantCulture)).Order());

    public async Task<DateTimeOffset?> NextDueAsync(TenantId tenant, CancellationToken ct)
    {
        var millis = await QueryRowsAsync("""
            SELECT MIN(due) FROM (
                SELECT MIN(next_due) AS due FROM particuliers WHERE tenant_id = @tenant
                UNION ALL
                SELECT MIN(next_due) AS due FROM demandes WHERE tenant_id = @tenant) AS dues
            """, new { tenant = tenant.Value }, static s => raw.sqlite3_column_type(s, 0) == raw.SQLITE_NULL ? (long?)null : raw.sqlite3_column_int64(s, 0), ct);
        return millis.FirstOrDefault() is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
    }

    public async Task<TenantWorld> LoadWorldAsync(TenantId tenant, string organisme, ControlAction? target, CancellationToken ct)
    {
        var demandes = await QueryAsync<DemandePaiement>(WorldDemandesSql,
            new { tenant = tenant.Value, also = (target as ControlAction.OnDemande)?.IdDemandePaiement ?? "" }, ct);
        var owners = demandes.Select(d => d.IdClient.Value)
            .Append((target as ControlAction.OnParticulier)?.IdClient ?? "").Where(id => id.Length > 0).Distinct().ToList();
        var args = new Dictionary<string, object?> { ["tenant"] = tenant.Value };
        var particuliers = await QueryAsync<Particulier>(WorldParticuliersSql(owners, args), args, ct);
        return new TenantWorld(particuliers, demandes, organisme);
    }

    /// <summary>
    /// The world's demandes: the live ones, any other with something due, and the one an action targets (<c>@also</c>), in
    /// submission order. One lookup per index, each leaving out the rows an earlier one found: one <c>WHERE</c> with
    /// <c>OR</c> made SQLite walk every demande of the tenant, settled ones included, at each clock move. The second lookup
    /// tells the live demandes from the others by the due index's own status column (migration 9), without their rows.
    /// </summary>
    internal static readonly string WorldDemandesSql = $"""
        SELECT data, submitted_at, position FROM demandes WHERE tenant_id = @tenant AND statut IN ({LiveStatuses})
        UNION ALL
        SELECT data, submitted_at, position FROM demandes
        WHERE tenant_id = @tenant AND next_due IS NOT NULL AND COALESCE(statut, -1) NOT IN ({LiveStatuses})
        UNION ALL
        SELECT data, submitted_at, position FROM demandes
        WHERE tenant_id = @tenant AND id = @also AND next_due IS NULL AND COALESCE(statut, -1) NOT IN ({LiveStatuses})
        ORDER BY submitted_at, position
        """;

    /// <summary>The world's particuliers: those with something due, and the <paramref name="owners"/> of its demandes (and the one an action targets); lookups as in <see cref="WorldDemandesSql"/>.</summary>
    internal static string WorldParticuliersSql(IEnumerable<string> owners, Dictionary<string, object?> args) => $"""
        SELECT data FROM particuliers WHERE tenant_id = @tenant AND next_due IS NOT NULL
        UNION ALL
        SELECT data FROM particuliers WHERE tenant_id = @tenant AND next_due IS NULL AND {In("id", owners, args)}
        """;

    public async Task CommitAsync(TenantId tenant, EngineResult changes, CancellationToken ct)
    {
        if (await WriteEngineResultAsync(tenant, changes, ct)) scope.AfterCommit(() => directory?.ForgetState(tenant));
    }

    public async Task AddParticuliersAsync(TenantId tenant, EngineResult inscription, CancellationToken ct)
    {
        if (!await WriteEngineResultAsync(tenant, inscription, ct)) return;
        var due = inscription.Particuliers.Min(p => p.NextDue?.At);
        scope.AfterCommit(() => directory?.DueAdded(tenant, due));
    }

    /// <summary>The rows of an engine result, in the scope's transaction; false when there was nothing to write.</summary>
    private async Task<bool> WriteEngineResultAsync(TenantId tenant, EngineResult changes, CancellationToken ct)
    {
        if (changes.Particuliers.Count == 0 && changes.Demandes.Count == 0 && changes.Messages.Count == 0) return false;
        await scope.WriteAsync(tenant, async (db, tx) =>
        {
            if (changes.Particuliers.Count > 0) await UpsertParticuliersAsync(db, tx, tenant, changes.Particuliers, ct);
            if (changes.Demandes.Count > 0) await UpdateDemandesAsync(db, tx, tenant, changes.Demandes, ct);
            await AppendAsync(db, tx, tenant, "transitions", changes.Transitions.Select(t => (t.At, (object)t, (string?)null, (string?)null, (string?)null)), ct);
            await AppendAsync(db, tx, tenant, "outbox", changes.Messages.Select(m => (m.At, (object)m, (string?)m.Kind, m.IdClient, m.IdDemandePaiement)), ct);
            return 0;
        }, ct);
        return true;
    }

    public async Task<IReadOnlyList<Sequenced<OutboxMessage>>> ReadOutboxAsync(TenantId tenant, OutboxQuery query, CancellationToken ct)
    {
        var rows = await scope.ReadAsync((db, tx) => db.QueryAsync<(long Seq, string Data)>(new CommandDefinition($"""
            SELECT seq, data FROM outbox WHERE tenant_id = @tenant AND seq > @after
            {(query.Kind is null ? "" : "AND kind = @kind")} {(query.IdClient is null ? "" : "AND id_client = @idClient")}
            {(query.IdDemandePaiement is null ? "" : "AND id_demande = @idDemande")}
            ORDER BY seq {(query.Latest ? "DESC" : "")} LIMIT @limit
            """, new { tenant = tenant.Value, after = query.After, limit = query.Limit, kind = query.Kind, idClient = query.IdClient, idDemande = query.IdDemandePaiement },
            tx, cancellationToken: ct)), ct);
        var messages = rows.Select(r => new Sequenced<OutboxMessage>(r.Seq, StorageJson.Read<OutboxMessage>(r.Data)));
        return (query.Latest ? messages.Reverse() : messages).ToList();
    }

    public Task<IReadOnlyList<Sequenced<Transition>>> ReadTransitionsAsync(TenantId tenant, long after, int limit, CancellationToken ct) =>
        ReadSequencedAsync<Transition>("transitions", tenant, after, limit, ct);

    public async Task<IReadOnlyList<Sequenced<Transition>>> ReadHistoryAsync(TenantId tenant, string objectKind, string objectId, CancellationToken ct)
    {
        // Rows written before migration 7 have no object_id: they are read and filtered here (none in a database created since).
        var rows = await scope.ReadAsync((db, tx) => db.QueryAsync<(long Seq, string Data)>(new CommandDefinition("""
            SELECT seq, data FROM transitions WHERE tenant_id = @tenant AND object_id = @objectId
            UNION ALL
            SELECT seq, data FROM transitions WHERE tenant_id = @tenant AND object_id IS NULL
            ORDER BY seq
            """, new { tenant = tenant.Value, objectId }, tx, cancellationToken: ct)), ct);
        return rows.Select(r => new Sequenced<Transition>(r.Seq, StorageJson.Read<Transition>(r.Data)))
            .Where(t => t.Item.ObjectKind == objectKind && t.Item.ObjectId == objectId).ToList();
    }

    /// <summary>Appends rows numbered after the last number the tenant's sequence gave (never reused, whatever was deleted).</summary>
    private static async Task AppendAsync(DbConnection db, DbTransaction tx, TenantId tenant, string table,
        IEnumerable<(DateTimeOffset At, object Item, string? Kind, string? IdClient, string? IdDemande)> items, CancellationToken ct)
    {
        var list = items.ToList();
        if (list.Count == 0) return;
        var first = await AdvanceSequenceAsync(db, tx, tenant, table, list.Count, ct) - list.Count + 1;
        await InsertSequencedAsync(db, tx, tenant, table, list.Select((x, i) => (first + i, x.At, x.Item, x.Kind, x.IdClient, x.IdDemande)), ct);
    }

    private async Task<IReadOnlyList<Sequenced<T>>> ReadSequencedAsync<T>(string table, TenantId tenant, long after, int limit, CancellationToken ct)
    {
        var rows = await scope.ReadAsync((db, tx) => db.QueryAsync<(long Seq, string Data)>(new CommandDefinition(
            $"SELECT seq, data FROM {table} WHERE tenant_id = @tenant AND seq > @after ORDER BY seq LIMIT @limit",
            new { tenant = tenant.Value, after, limit }, tx, cancellationToken: ct)), ct);
        return rows.Select(r => new Sequenced<T>(r.Seq, StorageJson.Read<T>(r.Data))).ToList();
    }
}
