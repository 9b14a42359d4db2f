using AiciSandbox.Domain.Outbox;
using AiciSandbox.Domain.Simulation;
using AiciSandbox.Domain.Tenants;
using AiciSandbox.Server.Storage;
using AiciSandbox.Storage.Tests.Support;

namespace AiciSandbox.Storage.Tests.Contract;

/// <summary>
/// A tenant's journal, outbox and transitions are numbered by sequences that never go back, whatever is deleted (clear,
/// reset, the journal's trimming, a restore): a client paging with <c>after=</c> the last number it saw gets every new row.
/// </summary>
public abstract class SequenceContract(IStoreDatabase database) : StoreContract(database)
{
    private const int Keep = 5000;

    [StorageFact]
    public async Task Journal_AfterClear_GoesOnAfterTheLastNumber()
    {
        var tenant = TenantId.New();
        await AppendAsync(tenant, 3, Keep);

        await Store.ClearJournalAsync(tenant, Ct);
        await AppendAsync(tenant, 2, Keep);

        (await JournalSeqsAsync(tenant, after: 3)).Should().Equal(4, 5);
        (await JournalSeqsAsync(tenant, after: 0)).Should().Equal(4, 5);
    }

    [StorageFact]
    public async Task Journal_TrimmedToNothing_GoesOnAfterTheLastNumber()
    {
        var tenant = TenantId.New();

        await AppendAsync(tenant, 64, keep: 0);
        var trimmed = await JournalSeqsAsync(tenant, after: 0);
        await AppendAsync(tenant, 1, keep: 0);

        trimmed.Should().BeEmpty("the 64th entry trims everything when nothing is to be kept");
        (await JournalSeqsAsync(tenant, after: 0)).Should().Equal(65);
    }

    [StorageFact]
    public async Task Outbox_ReadLatest_GivesTheLastMessagesAfterTheNumber_InOrder()
    {
        var tenant = TenantId.New();
        await Store.CommitAsync(tenant, Data.Notifications(7, from: 1), Ct);

        var latest = await Store.ReadOutboxAsync(tenant, new OutboxQuery(0, 3, Latest: true), Ct);
        var first = await Store.ReadOutboxAsync(tenant, new OutboxQuery(0, 3), Ct);
        var fewer = await Store.ReadOutboxAsync(tenant, new OutboxQuery(5, 3, Latest: true), Ct);

        latest.Select(m => m.Seq).Should().Equal(5, 6, 7);
        first.Select(m => m.Seq).Should().Equal(1, 2, 3);
        fewer.Select(m => m.Seq).Should().Equal(6, 7);
    }

    [StorageFact]
    public async Task Reset_LeavesEveryNumberingGoingOn()
    {
        var tenant = TenantId.New();
        await Store.CommitAsync(tenant, Data.Notification(1), Ct);
        await Store.CommitAsync(tenant, Data.Notification(2), Ct);
        await AppendAsync(tenant, 2, Keep);

        await Store.ResetAsync(tenant, Ct);
        await Store.CommitAsync(tenant, Data.Notification(3), Ct);
        await AppendAsync(tenant, 1, Keep);

        (await TransitionSeqsAsync(tenant, after: 0)).Should().Equal(3);
        (await OutboxSeqsAsync(tenant, after: 0)).Should().Equal(3);
        (await JournalSeqsAsync(tenant, after: 0)).Should().Equal(3);
    }

    [StorageFact]
    public async Task Restore_KeepsTheSnapshotsNumbers_AndLaterRowsComeAfterEveryNumberGiven()
    {
        var tenant = Data.Tenant();
        await Store.SaveTenantAsync(tenant, Ct);
        await Store.CommitAsync(tenant.Id, Data.Notification(1), Ct);
        await Store.CommitAsync(tenant.Id, Data.Notification(2), Ct);
        var snapshot = await Store.CaptureAsync(tenant, "snp_sequences", null, DomainData.Now, DomainData.Now, Ct);
        for (var minutes = 3; minutes <= 5; minutes++) await Store.CommitAsync(tenant.Id, Data.Notification(minutes), Ct);

        await Store.RestoreAsync(tenant, snapshot, Ct);
        var restoredOutbox = await Store.ReadOutboxAsync(tenant.Id, new OutboxQuery(0, 10), Ct);
        var restoredTransitions = await Store.ReadTransitionsAsync(tenant.Id, 0, 10, Ct);
        await Store.CommitAsync(tenant.Id, Data.Notification(6), Ct);

        restoredOutbox.Select(m => m.Seq).Should().Equal(1, 2);
        restoredOutbox.Should().BeEquivalentTo(snapshot.Outbox, o => o.WithStrictOrdering());
        restoredTransitions.Should().BeEquivalentTo(snapshot.Transitions, o => o.WithStrictOrdering());
        (await TransitionSeqsAsync(tenant.Id, after: 2)).Should().Equal(6);
        (await OutboxSeqsAsync(tenant.Id, after: 2)).Should().Equal(6);
    }

    [StorageFact]
    public async Task Restore_OfRowsNumberedAboveTheLastNumberGiven_RenumbersThemAfterIt_InTheirOrder()
    {
        var tenant = Data.Tenant();
        await Store.SaveTenantAsync(tenant, Ct);
        var (early, late) = (Data.Notification(1), Data.Notification(2));
        await Store.CommitAsync(tenant.Id, Data.Notification(0), Ct);
        var current = await Store.CaptureAsync(tenant, "snp_legacy", null, DomainData.Now, DomainData.Now, Ct);
        // As a snapshot taken before the numbering was kept apart could be: numbers above the sequence's, listed out of order.
        var legacy = current with
        {
            Transitions = [new(9, late.Transitions[0]), new(7, early.Transitions[0])],
            Outbox = [new(9, late.Messages[0]), new(7, early.Messages[0])],
        };

        await Store.RestoreAsync(tenant, legacy, Ct);
        await Store.CommitAsync(tenant.Id, Data.Notification(3), Ct);

        (await Store.ReadTransitionsAsync(tenant.Id, 0, 10, Ct)).Take(2).Should().BeEquivalentTo(
            [new Sequenced<Transition>(2, early.Transitions[0]), new(3, late.Transitions[0])], o => o.WithStrictOrdering());
        (await Store.ReadOutboxAsync(tenant.Id, new OutboxQuery(0, 10), Ct)).Take(2).Should().BeEquivalentTo(
            [new Sequenced<OutboxMessage>(2, early.Messages[0]), new(3, late.Messages[0])], o => o.WithStrictOrdering());
        (await TransitionSeqsAsync(tenant.Id, after: 0)).Should().Equal(2, 3, 4);
        (await OutboxSeqsAsync(tenant.Id, after: 0)).Should().Equal(2, 3, 4);
    }

    [StorageFact]
    public async Task ConcurrentWrites_OfOneTenant_GetDistinctNumbers_WithoutTheTenantLock()
    {
        var tenant = TenantId.New();

        await Task.WhenAll(Enumerable.Range(0, 24).Select(i => i % 3 == 0
            ? Store.CommitAsync(tenant, Data.Notification(i), Ct)
            : Store.AppendJournalAsync(tenant, Data.Exchange(), Keep, Ct)));

        (await JournalSeqsAsync(tenant, after: 0)).Should().Equal(Enumerable.Range(1, 16).Select(i => (long)i));
        (await TransitionSeqsAsync(tenant, after: 0)).Should().Equal(Enumerable.Range(1, 8).Select(i => (long)i));
        (await OutboxSeqsAsync(tenant, after: 0)).Should().Equal(Enumerable.Range(1, 8).Select(i => (long)i));
    }

    [StorageFact]
    public async Task Sequences_ArePerTenant()
    {
        var (busy, quiet) = (TenantId.New(), TenantId.New());
        await AppendAsync(busy, 5, Keep);
        await Store.CommitAsync(busy, Data.Notification(1), Ct);

        await AppendAsync(quiet, 1, Keep);
        await Store.CommitAsync(quiet, Data.Notification(1), Ct);

        (await JournalSeqsAsync(quiet, after: 0)).Should().Equal(1);
        (await OutboxSeqsAsync(quiet, after: 0)).Should().Equal(1);
    }

    [StorageFact]
    public async Task JournalTail_IsTheLatestEntries_OldestFirst_OfThatTenantOnly()
    {
        var tenant = TenantId.New();
        var other = TenantId.New();
        await AppendAsync(tenant, 7, Keep);
        await AppendAsync(other, 2, Keep);

        (await Store.ReadJournalTailAsync(tenant, 3, Ct)).Select(e => e.Seq).Should().Equal(5, 6, 7);
        (await Store.ReadJournalTailAsync(other, 10, Ct)).Select(e => e.Seq).Should().Equal(1, 2);
    }

    private async Task AppendAsync(TenantId tenant, int count, int keep)
    {
        for (var i = 0; i < count; i++) await Store.AppendJournalAsync(tenant, Data.Exchange(), keep, Ct);
    }

    private async Task<IReadOnlyList<long>> JournalSeqsAsync(TenantId tenant, long after) =>
        (await Store.ReadJournalAsync(tenant, after, 1000, Ct)).Select(e => e.Seq).ToList();

    private async Task<IReadOnlyList<long>> TransitionSeqsAsync(TenantId tenant, long after) =>
        (await Store.ReadTransitionsAsync(tenant, after, 1000, Ct)).Select(e => e.Seq).ToList();

    private async Task<IReadOnlyList<long>> OutboxSeqsAsync(TenantId tenant, long after) =>
        (await Store.ReadOutboxAsync(tenant, new OutboxQuery(after, 1000), Ct)).Select(e => e.Seq).ToList();
}
