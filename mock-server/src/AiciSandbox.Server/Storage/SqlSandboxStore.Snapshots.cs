using System.Data.Common;
using AiciSandbox.Domain.Outbox;
using AiciSandbox.Domain.PaymentRequests;
using AiciSandbox.Domain.Particuliers;
using AiciSandbox.Domain.Simulation;
using AiciSandbox.Domain.Tenants;
using Dapper;

namespace AiciSandbox.Server.Storage;

/// <summary>Reset and snapshots: what a tenant's state is made of, emptied, captured and put back.</summary>
internal sealed partial class SqlSandboxStore
{
    /// <summary>The tables that hold a tenant's simulated state (what reset clears and a snapshot restores).</summary>
    private static readonly string[] StateTables = ["particuliers", "demandes", "transitions", "outbox"];

    public async Task ResetAsync(TenantId tenant, CancellationToken ct)
    {
        await scope.WriteAsync(tenant, async (db, tx) =>
        {
            foreach (var table in StateTables.Append("journal").Append("faults"))
                await db.ExecuteAsync(new CommandDefinition($"DELETE FROM {table} WHERE tenant_id = @tenant", new { tenant = tenant.Value }, tx, cancellationToken: ct));
            return 0;
        }, ct);
        scope.AfterCommit(() => directory?.ForgetState(tenant));
    }

    public Task SaveSnapshotAsync(TenantId tenant, TenantSnapshot snapshot, CancellationToken ct) => ExecuteAsync(tenant,
        "INSERT INTO snapshots (tenant_id, id, created_at, data) VALUES (@tenant, @id, @createdAt, @data)",
        new { tenant = tenant.Value, id = snapshot.Id, createdAt = snapshot.CreatedAt.ToUnixTimeMilliseconds(), data = StorageJson.Write(snapshot) }, ct);

    public Task<TenantSnapshot?> FindSnapshotAsync(TenantId tenant, string id, CancellationToken ct) =>
        QuerySingleAsync<TenantSnapshot>("SELECT data FROM snapshots WHERE tenant_id = @tenant AND id = @id", new { tenant = tenant.Value, id }, ct);

    public Task<IReadOnlyList<TenantSnapshot>> ListSnapshotsAsync(TenantId tenant, CancellationToken ct) =>
        QueryAsync<TenantSnapshot>("SELECT data FROM snapshots WHERE tenant_id = @tenant ORDER BY created_at, id", new { tenant = tenant.Value }, ct);

    public async Task<TenantSnapshot> CaptureAsync(Tenant tenant, string id, string? label, DateTimeOffset realNow, DateTimeOffset simulatedNow, CancellationToken ct)
    {
        var args = new { tenant = tenant.Id.Value };
        var particuliers = await QueryAsync<Particulier>("SELECT data FROM particuliers WHERE tenant_id = @tenant ORDER BY id", args, ct);
        var demandes = await QueryAsync<DemandePaiement>("SELECT data FROM demandes WHERE tenant_id = @tenant ORDER BY position", args, ct);
        var transitions = await ReadSequencedAsync<Transition>("transitions", tenant.Id, 0, int.MaxValue, ct);
        var outbox = await ReadSequencedAsync<OutboxMessage>("outbox", tenant.Id, 0, int.MaxValue, ct);
        return new TenantSnapshot(id, label, realNow, simulatedNow, tenant.Clock, particuliers, demandes, transitions, outbox);
    }

    public async Task RestoreAsync(Tenant tenant, TenantSnapshot snapshot, CancellationToken ct)
    {
        await scope.WriteAsync(tenant.Id, (db, tx) => RestoreAsync(db, tx, tenant, snapshot, ct), ct);
        scope.AfterCommit(() => directory?.Forget(tenant.Id));
    }

    private static async Task<int> RestoreAsync(DbConnection db, DbTransaction tx, Tenant tenant, TenantSnapshot snapshot, CancellationToken ct)
    {
        var args = new { tenant = tenant.Id.Value };
        foreach (var table in StateTables)
            await db.ExecuteAsync(new CommandDefinition($"DELETE FROM {table} WHERE tenant_id = @tenant", args, tx, cancellationToken: ct));
        if (snapshot.Particuliers.Count > 0) await UpsertParticuliersAsync(db, tx, tenant.Id, snapshot.Particuliers, ct);
        if (snapshot.Demandes.Count > 0) await InsertDemandesAsync(db, tx, tenant.Id, snapshot.Demandes.Select((d, i) => (i, d)), ct);
        var transitions = snapshot.Transitions.OrderBy(t => t.Seq).ToList();
        var transitionSeqs = await RestoredSeqsAsync(db, tx, tenant.Id, "transitions", transitions.Select(t => t.Seq).ToList(), ct);
        await InsertSequencedAsync(db, tx, tenant.Id, "transitions",
            transitions.Select((t, i) => (transitionSeqs[i], t.Item.At, (object)t.Item, (string?)null, (string?)null, (string?)null)), ct);
        var outbox = snapshot.Outbox.OrderBy(m => m.Seq).ToList();
        var outboxSeqs = await RestoredSeqsAsync(db, tx, tenant.Id, "outbox", outbox.Select(m => m.Seq).ToList(), ct);
        await InsertSequencedAsync(db, tx, tenant.Id, "outbox",
            outbox.Select((m, i) => (outboxSeqs[i], m.Item.At, (object)m.Item, (string?)m.Item.Kind, m.Item.IdClient, m.Item.IdDemandePaiement)), ct);
        return await db.ExecuteAsync(new CommandDefinition("UPDATE tenants SET data = @data WHERE id = @tenant",
            new { tenant = tenant.Id.Value, data = StorageJson.Write(tenant with { Clock = snapshot.Clock }) }, tx, cancellationToken: ct));
    }

    /// <summary>Inserts numbered rows of <c>outbox</c> or <c>transitions</c> (the two tables the engine appends to).</summary>
    private static Task<int> InsertSequencedAsync(DbConnection db, DbTransaction tx, TenantId tenant, string table,
        IEnumerable<(long Seq, DateTimeOffset At, object Item, string? Kind, string? IdClient, string? IdDemande)> items, CancellationToken ct) =>
        table == "outbox"
            ? BulkRows.RunAsync(db, tx,
                "INSERT INTO outbox (tenant_id, seq, at, kind, id_client, id_demande, data) VALUES (@tenant, @seq, @at, @kind, @idClient, @idDemande, @data)",
                ["@tenant", "@seq", "@at", "@kind", "@idClient", "@idDemande", "@data"], items, (x, v) =>
                {
                    (v[0], v[1], v[2], v[3], v[4], v[5]) = (tenant.Value, x.Seq, x.At.ToUnixTimeMilliseconds(), x.Kind, x.IdClient, x.IdDemande);
                    v[6] = new StoredJson(x.Item);
                }, ct)
            : BulkRows.RunAsync(db, tx, "INSERT INTO transitions (tenant_id, seq, at, object_id, data) VALUES (@tenant, @seq, @at, @objectId, @data)",
                ["@tenant", "@seq", "@at", "@objectId", "@data"], items,
                (x, v) => (v[0], v[1], v[2], v[3], v[4]) =
                    (tenant.Value, x.Seq, x.At.ToUnixTimeMilliseconds(), ((Transition)x.Item).ObjectId, new StoredJson(x.Item)), ct);
}
