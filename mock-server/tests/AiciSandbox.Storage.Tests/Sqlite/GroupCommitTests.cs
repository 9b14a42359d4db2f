using System.Data.Common;
using AiciSandbox.Server.Storage;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace AiciSandbox.Storage.Tests.Sqlite;

/// <summary>
/// The SQLite writer's groups of writes behind (journal entries nobody awaits): they wait a little for more to join them
/// (<see cref="GroupCommit.BehindLinger"/>), but never keep a write someone awaits, or a reader of the journal, waiting.
/// The linger runs on a fake clock that only a test moves, and each test acts once the writer waits: nothing here depends
/// on real time.
/// </summary>
public sealed class GroupCommitTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"aicisandbox-group-{Guid.NewGuid():N}.db");
    private int commits;
    private readonly TaskCompletionSource lingering = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly FakeTimeProvider time = new();

    /// <summary>Fails a test whose wait nothing ends (the fake clock stands still) instead of leaving it hanging.</summary>
    private static readonly TimeSpan NeverReached = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task AWriteSomeoneAwaits_JoinsTheWritesBehindWaitingForMore_InOneCommit()
    {
        var writer = await WriterAsync();

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
        var writer = await WriterAsync();

        var behind = writer.RunAsync(Insert("journal entry"), relaxed: true, CancellationToken.None, behind: true);
        await lingering.Task.WaitAsync(NeverReached);
        writer.Hurry();
        await behind.WaitAsync(NeverReached);

        commits.Should().Be(1);
        (await RowsAsync()).Should().Equal("journal entry");
    }

    [Fact]
    public async Task WritesBehind_WithNobodyWaiting_AreCommittedTogetherAfterTheLinger()
    {
        var writer = await WriterAsync();

        var entries = Enumerable.Range(1, 20).Select(n => $"entry {n}").ToList();
        var written = entries.Select(e => writer.RunAsync(Insert(e), relaxed: true, CancellationToken.None, behind: true)).ToList();
        await lingering.Task.WaitAsync(NeverReached);
        time.Advance(GroupCommit.BehindLinger);
        await Task.WhenAll(written).WaitAsync(NeverReached);

        commits.Should().Be(1, "every entry was queued before the linger ended, so they all joined its group");
        (await RowsAsync()).Should().Equal(entries, "the writer commits in the order the writes were queued");
    }

    private async Task<GroupCommit> WriterAsync()
    {
        await using var db = await OpenAsync(CancellationToken.None);
        await db.ExecuteAsync("PRAGMA journal_mode=WAL; CREATE TABLE rows (n INTEGER PRIMARY KEY, text TEXT NOT NULL)");
        return new GroupCommit(OpenAsync, () => Interlocked.Increment(ref commits), time, () => lingering.TrySetResult());
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
