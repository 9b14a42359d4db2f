using System.Data.Common;

namespace AiciSandbox.Server.Storage;

/// <summary>
/// Copies the SQLite write-ahead log back into the database file (a <c>PASSIVE</c> checkpoint) on a connection of its own,
/// so that the writer's commits never wait for it. SQLite's automatic checkpoint (every 1,000 pages of WAL) runs inside the
/// commit that crosses the mark, on the writer: copying up to 1,000 pages with two fsyncs of its own, it held the one writer
/// — and every request queued behind it — for 5–13 ms, 3–4 times a second under load (the latency tail of issue 10). The
/// writer nudges this class after each commit, as the SQLite documentation suggests for applications that run checkpoints
/// in a separate thread (https://sqlite.org/wal.html#application_initiated_checkpoints), and keeps an automatic checkpoint
/// of its own only every <see cref="WriterCheckpointPages"/> pages: SQLite starts the WAL again from its beginning only when
/// a write transaction begins with every page already copied, which a checkpoint beside a steady write load never
/// achieves (the WAL grew by 580 MB in 8 s without it); the writer's checkpoint finds the copying done and achieves it.
/// </summary>
/// <remarks>
/// Durability does not change: a commit is durable once its WAL frames are (fsync at commit for <c>synchronous=FULL</c>);
/// the checkpoint only bounds the WAL's size. A <c>PASSIVE</c> checkpoint never blocks the writer nor the readers, and it
/// is the same kind SQLite's automatic one runs, so the WAL is reset as often as before.
/// </remarks>
internal sealed class WalCheckpointer
{
    /// <summary>How many WAL pages the writer lets pile up before it checkpoints itself (16 MiB of 4 KiB pages).</summary>
    public const int WriterCheckpointPages = 4000;

    /// <summary>The shortest time between two checkpoints while writes keep coming (each costs two fsyncs).</summary>
    public static readonly TimeSpan MinInterval = TimeSpan.FromMilliseconds(250);

    private readonly Func<CancellationToken, Task<DbConnection>> open;
    private readonly SemaphoreSlim nudged = new(0, 1);
    private int pending;

    public WalCheckpointer(Func<CancellationToken, Task<DbConnection>> open)
    {
        this.open = open;
        _ = Task.Run(LoopAsync);
    }

    /// <summary>Something was committed: a checkpoint will follow (at most one waits, however many commits nudge).</summary>
    public void Nudge()
    {
        if (Interlocked.Exchange(ref pending, 1) == 0) nudged.Release();
    }

    private async Task LoopAsync()
    {
        while (true)
        {
            await nudged.WaitAsync();
            Volatile.Write(ref pending, 0);
            try
            {
                await using var db = await open(CancellationToken.None);
                await using var checkpoint = db.CreateCommand();
                checkpoint.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
                await checkpoint.ExecuteNonQueryAsync();
            }
            catch (DbException)
            {
                // A checkpoint that fails (file gone, disk full) loses nothing: the frames stay in the WAL, the next one copies them.
            }
            await Task.Delay(MinInterval);
        }
    }
}
