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
    private readonly Channel<Unit> queue = Channel.CreateUnbounded<Unit>(new UnboundedChannelOptions { SingleReader = true });

    public GroupCommit(Func<CancellationToken, Task<DbConnection>> openWriter)
    {
        this.openWriter = openWriter;
        _ = Task.Run(WriteLoopAsync);
    }

    /// <param name="relaxed">
    /// True for a write that may be lost on a power cut but never corrupts the file (the journal's traces): a group made only
    /// of such writes commits without an fsync (<c>synchronous=NORMAL</c>, still safe from a process crash); any other write
    /// in the group makes its commit a full one, which also makes the relaxed writes before it durable.
    /// </param>
    public Task<T> RunAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, bool relaxed, CancellationToken ct)
    {
        var unit = new Unit<T>(work, relaxed, ct);
        if (!queue.Writer.TryWrite(unit)) throw new InvalidOperationException("The SQLite writer has stopped.");
        return unit.Done.Task;
    }

    private async Task WriteLoopAsync()
    {
        while (await queue.Reader.WaitToReadAsync())
        {
            // The group: every unit queued by now (they arrived during the previous commit), taken before BEGIN because
            // SQLite fixes a transaction's safety level before it begins.
            var queued = new List<Unit>();
            while (queued.Count < MaxUnitsPerCommit && queue.Reader.TryRead(out var unit)) queued.Add(unit);
            if (queued.Count == 0) continue;
            var done = new List<Unit>();
            try
            {
                await using var db = await openWriter(CancellationToken.None);
                await using (var sync = db.CreateCommand())
                {
                    sync.CommandText = queued.All(u => u.Relaxed) ? "PRAGMA synchronous=NORMAL" : "PRAGMA synchronous=FULL";
                    await sync.ExecuteNonQueryAsync();
                }
                await using var tx = await db.BeginTransactionAsync();
                foreach (var unit in queued)
                {
                    if (await unit.RunInSavepointAsync(db, tx)) done.Add(unit);
                }
                await tx.CommitAsync();
                foreach (var unit in done) unit.Commit();
            }
            catch (Exception e)
            {
                foreach (var unit in queued) unit.Fail(e);
            }
        }
    }

    private abstract class Unit(bool relaxed)
    {
        public bool Relaxed => relaxed;

        /// <summary>Runs the unit; false when it failed (its writes undone, its caller told).</summary>
        public abstract Task<bool> RunInSavepointAsync(DbConnection db, DbTransaction tx);

        public abstract void Commit();

        public abstract void Fail(Exception e);
    }

    private sealed class Unit<T>(Func<DbConnection, DbTransaction, Task<T>> work, bool relaxed, CancellationToken ct) : Unit(relaxed)
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
            await tx.SaveAsync("unit");
            try
            {
                result = await work(db, tx);
                await tx.ReleaseAsync("unit");
                return true;
            }
            catch (Exception e)
            {
                await tx.RollbackAsync("unit");
                await tx.ReleaseAsync("unit");
                Fail(e);
                return false;
            }
        }

        public override void Commit() => Done.TrySetResult(result);

        public override void Fail(Exception e)
        {
            if (e is OperationCanceledException && ct.IsCancellationRequested) Done.TrySetCanceled(ct);
            else Done.TrySetException(e);
        }
    }
}
