using System.Data.Common;
using System.Threading.Channels;

namespace AiciSandbox.Server.Storage;

/// <summary>
/// The one writer of an SQLite file: write units from concurrent requests run one after the other on one connection, and
/// the units that queued up while a commit was in flight share the next transaction and its fsync (group commit); a group
/// of relaxed units only (journal, tokens) commits without fsync. A unit
/// sees the writes of the units before it (same transaction), so no tenant lock is needed beside it; a unit that throws is
/// rolled back to its savepoint alone; a failed commit fails every unit of its group. A unit's task completes only after
/// its group is durable.
/// </summary>
internal sealed class GroupCommit
{
    /// <summary>How many units one transaction takes at most, so that a long queue still commits regularly.</summary>
    public const int MaxUnitsPerCommit = 256;

    private readonly Func<CancellationToken, Task<DbConnection>> openWriter;
    private readonly Action committed;
    private readonly Channel<Unit> queue = Channel.CreateUnbounded<Unit>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>
    /// The writer's connection, kept open from one group to the next so that its prepared statements (<see cref="PreparedCommands"/>)
    /// and page cache serve every request; only the write loop touches it. <see cref="synchronousFull"/> is its current safety level.
    /// </summary>
    private DbConnection? writer;

    private bool? synchronousFull;

    /// <summary>How long the writer's connection stays open with nothing to write.</summary>
    private static readonly TimeSpan IdleClose = TimeSpan.FromSeconds(1);

    /// <summary>Cancelled when the writer has been idle for <see cref="IdleClose"/>, on the same clock as the linger.</summary>
    private CancellationTokenSource idle;

    /// <summary>
    /// How long a group made only of writes behind (journal entries: nobody awaits them) waits for more to join it before it
    /// begins. Under a steady load of searches each one's entry otherwise made a commit of its own, and the commits — their
    /// wake-ups, WAL pages and locks — cost more CPU than the searches (issue 10, (h)). A write that someone awaits, or a
    /// reader of what was written behind (<see cref="Hurry"/>), ends the wait at once.
    /// </summary>
    public static readonly TimeSpan BehindLinger = TimeSpan.FromMilliseconds(2);

    /// <summary>Completed to end the current wait for more writes behind; a new one for each group.</summary>
    private TaskCompletionSource joinNow = NewSignal();

    /// <summary>1 when a reader asked for the writes behind queued so far to commit without waiting (see <see cref="Hurry"/>).</summary>
    private int hurried;

    private readonly TimeProvider time;

    private readonly Action? lingering;

    /// <param name="committed">Called after each successful commit (the WAL checkpointer's nudge), on the write loop, before the group's units are told.</param>
    /// <param name="time">Times the linger (<see cref="BehindLinger"/>) and the idle close (<see cref="IdleClose"/>): the system's, unless a test drives it.</param>
    /// <param name="lingering">Called when a group of writes behind begins to wait for more (a test's view of the wait).</param>
    public GroupCommit(Func<CancellationToken, Task<DbConnection>> openWriter, Action committed, TimeProvider? time = null, Action? lingering = null)
    {
        this.openWriter = openWriter;
        this.committed = committed;
        this.time = time ?? TimeProvider.System;
        this.lingering = lingering;
        idle = NewIdleTimer();
        _ = Task.Run(WriteLoopAsync);
    }

    /// <param name="relaxed">
    /// True for a write that may be lost on a power cut but never corrupts the file (the journal's traces): a group made only
    /// of such writes commits without an fsync (<c>synchronous=NORMAL</c>, still safe from a process crash); any other write
    /// in the group makes its commit a full one, which also makes the relaxed writes before it durable.
    /// </param>
    /// <param name="behind">True for a write nobody awaits (a journal entry): its group may wait for others (<see cref="BehindLinger"/>).</param>
    public Task<T> RunAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, bool relaxed, CancellationToken ct, bool behind = false)
    {
        var unit = new Unit<T>(work, relaxed, behind, ct);
        if (!queue.Writer.TryWrite(unit)) throw new InvalidOperationException("The SQLite writer has stopped.");
        if (!behind) Volatile.Read(ref joinNow).TrySetResult();
        return unit.Done.Task;
    }

    /// <summary>Someone waits for the writes behind queued so far: their group commits without waiting for more.</summary>
    public void Hurry()
    {
        // A full fence (not a volatile write): the write loop, which publishes a new signal and then reads this flag, either
        // sees it or has published the signal that is read below.
        Interlocked.Exchange(ref hurried, 1);
        Volatile.Read(ref joinNow).TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// The next group: every unit queued by now (they arrived during the previous commit); when they are all writes behind,
    /// also those that arrive within <see cref="BehindLinger"/>, unless a write someone awaits arrives or a reader hurries.
    /// </summary>
    private async Task<List<Unit>> NextGroupAsync()
    {
        // A new signal before the queue is read: a write that someone awaits, queued after this read, completes it.
        var signal = NewSignal();
        Volatile.Write(ref joinNow, signal);
        var group = new List<Unit>();
        TakeQueued(group);
        if (group.Count > 0 && group.Count < MaxUnitsPerCommit && group.TrueForAll(u => u.Behind) && Interlocked.Exchange(ref hurried, 0) == 0)
        {
            lingering?.Invoke();
            await Task.WhenAny(signal.Task, Task.Delay(BehindLinger, time));
            TakeQueued(group);
        }
        return group;
    }

    private void TakeQueued(List<Unit> group)
    {
        while (group.Count < MaxUnitsPerCommit && queue.Reader.TryRead(out var unit)) group.Add(unit);
    }

    private async Task WriteLoopAsync()
    {
        while (await WaitForUnitsAsync())
        {
            // The group is taken before BEGIN because SQLite fixes a transaction's safety level before it begins.
            var queued = await NextGroupAsync();
            if (queued.Count == 0) continue;
            var done = new List<Unit>();
            try
            {
                var db = writer ??= await openWriter(CancellationToken.None);
                var full = !queued.All(u => u.Relaxed);
                if (synchronousFull != full)
                {
                    await PreparedCommands.For(db, null, full ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL", [], []).ExecuteNonQueryAsync();
                    synchronousFull = full;
                }
                await using var tx = await db.BeginTransactionAsync();
                foreach (var unit in queued)
                {
                    if (await unit.RunInSavepointAsync(db, tx)) done.Add(unit);
                }
                await tx.CommitAsync();
                committed();
                foreach (var unit in done) unit.Commit();
            }
            catch (Exception e)
            {
                foreach (var unit in queued) unit.Fail(e);
                // A connection whose group failed is not trusted with the next one: the next group opens a new one.
                await CloseWriterAsync();
            }
        }
    }

    /// <summary>
    /// Waits for the next units. A writer left idle for <see cref="IdleClose"/> is closed meanwhile (the next group opens it
    /// again): an idle sandbox, or a test that is done with its store, keeps no file open.
    /// </summary>
    private async Task<bool> WaitForUnitsAsync()
    {
        if (writer is null || queue.Reader.TryPeek(out _)) return await queue.Reader.WaitToReadAsync();
        if (!idle.TryReset())
        {
            idle.Dispose();
            idle = NewIdleTimer();
        }
        idle.CancelAfter(IdleClose);
        try
        {
            return await queue.Reader.WaitToReadAsync(idle.Token);
        }
        catch (OperationCanceledException)
        {
            await CloseWriterAsync();
            return await queue.Reader.WaitToReadAsync();
        }
    }

    private CancellationTokenSource NewIdleTimer() => new(Timeout.InfiniteTimeSpan, time);

    private async Task CloseWriterAsync()
    {
        if (writer is null) return;
        await writer.DisposeAsync();
        writer = null;
        synchronousFull = null;
    }

    private abstract class Unit(bool relaxed, bool behind)
    {
        public bool Relaxed => relaxed;

        public bool Behind => behind;

        /// <summary>Runs the unit; false when it failed (its writes undone, its caller told).</summary>
        public abstract Task<bool> RunInSavepointAsync(DbConnection db, DbTransaction tx);

        public abstract void Commit();

        public abstract void Fail(Exception e);
    }

    private sealed class Unit<T>(Func<DbConnection, DbTransaction, Task<T>> work, bool relaxed, bool behind, CancellationToken ct) : Unit(relaxed, behind)
    {
        private T result = default!;

        public TaskCompletionSource<T> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override async Task<bool> RunInSavepointAsync(DbConnection db, DbTransaction tx)
        {
            if (ct.IsCancellationRequested)
            {
                Done.TrySetCanceled(ct);
                return false;
            }
            await SavepointAsync(db, tx, "SAVEPOINT unit");
            try
            {
                result = await work(db, tx);
                await SavepointAsync(db, tx, "RELEASE SAVEPOINT unit");
                return true;
            }
            catch (Exception e)
            {
                await SavepointAsync(db, tx, "ROLLBACK TO SAVEPOINT unit");
                await SavepointAsync(db, tx, "RELEASE SAVEPOINT unit");
                Fail(e);
                return false;
            }
        }

        /// <summary>What <c>DbTransaction.SaveAsync</c>/<c>ReleaseAsync</c>/<c>RollbackAsync(name)</c> send, on prepared commands.</summary>
        private static Task<int> SavepointAsync(DbConnection db, DbTransaction tx, string sql) =>
            PreparedCommands.For(db, tx, sql, [], []).ExecuteNonQueryAsync();

        public override void Commit() => Done.TrySetResult(result);

        public override void Fail(Exception e)
        {
            if (e is OperationCanceledException && ct.IsCancellationRequested) Done.TrySetCanceled(ct);
            else Done.TrySetException(e);
        }
    }
}
