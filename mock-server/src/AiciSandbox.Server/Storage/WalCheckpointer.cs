using System.Data.Common;

namespace AiciSandbox.Server.Storage;

/// <summary>
/// Copies the SQLite write-ahead log back into the database file (a <c>PASSIVE</c> checkpoint) on a connection of its own,
/// so that the writer's commits never wait for it. SQLite's automatic checkpoint (every 1,000 pages of WAL) runs inside the
/// commit that crosses the mark, on the writer: with two fsyncs of its own it held the one writer — and every request
/// queued behind it — for several milliseconds each time (the latency tail of issue 10). The writer turns it off
/// (<c>PRAGMA wal_autocheckpoint=0</c>) and nudges this class after each commit, as the SQLite documentation suggests for
/// applications that run checkpoints in a separate thread (https://sqlite.org/wal.html#application_initiated_checkpoints).
/// </summary>
/// <remarks>
/// Durability does not change: a commit is durable once its WAL frames are (fsync at commit for <c>synchronous=FULL</c>);
/// the checkpoint only bounds the WAL's size. A <c>PASSIVE</c> checkpoint never blocks the writer nor the readers, and it
/// is the same kind SQLite's automatic one runs, so the WAL is reset as often as before.
/// </remarks>
internal sealed class WalCheckpointer
{
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
