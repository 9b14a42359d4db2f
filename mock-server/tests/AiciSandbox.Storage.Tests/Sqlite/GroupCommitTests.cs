using System.Data.Common;
using AiciSandbox.Server.Storage;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AiciSandbox.Storage.Tests.Sqlite;

/// <summary>
/// The SQLite writer's groups of writes behind (journal entries nobody awaits): they wait a little for more to join them
/// (<see cref="GroupCommit.BehindLinger"/>), but never keep a write someone awaits, or a reader of the journal, waiting.
/// The linger is made endless here, and each test acts once the writer waits, so that only those two can end the wait: a
/// test that passes does not depend on timing.
/// </summary>
public sealed class GroupCommitTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"aicisandbox-group-{Guid.NewGuid():N}.db");
    private int commits;
    private readonly TaskCompletionSource lingering = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Fails a test whose wait nothing ends (the linger is endless) instead of leaving it hanging.</summary>
    private static readonly TimeSpan NeverReached = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task AWriteSomeoneAwaits_JoinsTheWritesBehindWaitingForMore_InOneCommit()
    {
        var writer = await WriterAsync(Timeout.InfiniteTimeSpan);

        var behind = writer.RunAsync(Insert("journal entry"), relaxed: true, CancellationToken.None, behind: true);
        await lingering.Task.WaitAsync(NeverReached);
        await writer.RunAsync(Insert("demande"), relaxed: false, CancellationToken.None).WaitAsync(NeverReached);
        await behind.WaitAsync(NeverReached);

        commits.Should().Be(1, "the write behind waited for more, and the awaited write ended the wait by joining it");
        (await RowsAsync()).Should().Equal("journal entry", "demande");
    }

    [Fact]
    public async Task AReaderOfTheWritesBehind_EndsTheirWait()
    {
        var writer = await WriterAsync(Timeout.InfiniteTimeSpan);

        var behind = writer.RunAsync(Insert("journal entry"), relaxed: true, CancellationToken.None, behind: true);
        await lingering.Task.WaitAsync(NeverReached);
        writer.Hurry();
        await behind.WaitAsync(NeverReached);

        commits.Should().Be(1);
        (await RowsAsync()).Should().Equal("journal entry");
    }

    [Fact]
    public async Task WritesBehind_WithNobodyWaiting_AreCommittedAfterTheLinger()
    {
        var writer = await WriterAsync(GroupCommit.BehindLinger);

        var entries = Enumerable.Range(1, 20).Select(n => $"entry {n}").ToList();
        await Task.WhenAll(entries.Select(e => writer.RunAsync(Insert(e), relaxed: true, CancellationToken.None, behind: true)));

        commits.Should().BeInRange(1, entries.Count);
        (await RowsAsync()).Should().Equal(entries, "the writer commits in the order the writes were queued");
    }

    private async Task<GroupCommit> WriterAsync(TimeSpan linger)
    {
        await using var db = await OpenAsync(CancellationToken.None);
        await db.ExecuteAsync("PRAGMA journal_mode=WAL; CREATE TABLE rows (n INTEGER PRIMARY KEY, text TEXT NOT NULL)");
        return new GroupCommit(OpenAsync, () => Interlocked.Increment(ref commits), linger, () => lingering.TrySetResult());
    }

    private static Func<DbConnection, DbTransaction, Task<int>> Insert(string text) =>
        (db, tx) => db.ExecuteAsync(new CommandDefinition("INSERT INTO rows (text) VALUES (@text)", new { text }, tx));

    private async Task<List<string>> RowsAsync()
    {
        await using var db = await OpenAsync(CancellationToken.None);
        return (await db.QueryAsync<string>("SELECT text FROM rows ORDER BY n")).ToList();
    }

    private async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await db.OpenAsync(ct);
        return db;
    }

    public void Dispose()
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" }) File.Delete(file);
    }
}
