using AiciSandbox.Domain.Tenants;
using AiciSandbox.Server.Storage;
using AiciSandbox.Storage.Tests.Support;
using Dapper;

namespace AiciSandbox.Storage.Tests.Contract;

/// <summary>
/// A database written before the sequences existed (schema version 3): migration 4 starts each tenant's sequences after the
/// numbers its journal, outbox and transitions already hold, so an upgrade does not reuse them.
/// </summary>
/// <remarks>Not a <see cref="StoreContract"/>: the test builds the old schema itself, before any store opens the database.</remarks>
public abstract class SequenceMigrationContract(IStoreDatabase database)
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private readonly DomainData data = new();

    [StorageFact]
    public async Task Migration4_StartsEachSequenceAfterTheNumbersAlreadyUsed()
    {
        var (tenant, other) = (TenantId.New(), TenantId.New());
        await using (var db = await database.OpenConnectionAsync())
        {
            await db.ExecuteAsync(SqlSchema.VersionTable);
            for (var version = 1; version <= 3; version++)
            {
                await db.ExecuteAsync(SqlSchema.Migrations[version - 1]);
                await db.ExecuteAsync("INSERT INTO schema_version (version) VALUES (@version)", new { version });
            }
            var args = new { tenant = tenant.Value };
            await db.ExecuteAsync("INSERT INTO journal (tenant_id, seq, data) VALUES (@tenant, 40, '{}'), (@tenant, 41, '{}')", args);
            await db.ExecuteAsync("INSERT INTO transitions (tenant_id, seq, at, data) VALUES (@tenant, 7, 0, '{}')", args);
            await db.ExecuteAsync("INSERT INTO outbox (tenant_id, seq, at, kind, data) VALUES (@tenant, 12, 0, 'VIREMENT', '{}')", args);
        }

        var store = await database.OpenNewStoreAsync();
        foreach (var id in new[] { tenant, other })
        {
            await store.AppendJournalAsync(id, data.Exchange(), 5000, Ct);
            await store.CommitAsync(id, data.Notification(1), Ct);
        }

        (await store.ReadJournalAsync(tenant, 41, 10, Ct)).Select(e => e.Seq).Should().Equal(42);
        (await store.ReadTransitionsAsync(tenant, 7, 10, Ct)).Select(e => e.Seq).Should().Equal(8);
        (await store.ReadOutboxAsync(tenant, new OutboxQuery(12, 10), Ct)).Select(e => e.Seq).Should().Equal(13);
        (await store.ReadJournalAsync(other, 0, 10, Ct)).Select(e => e.Seq).Should().Equal(1);
        (await store.ReadOutboxAsync(other, new OutboxQuery(0, 10), Ct)).Select(e => e.Seq).Should().Equal(1);
    }
}
