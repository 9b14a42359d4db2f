using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using AiciSandbox.Domain.Tenants;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace AiciSandbox.Server.Storage;

/// <summary>
/// Opens connections to the configured database, an SQLite file (default) or PostgreSQL, and runs its write transactions:
/// on SQLite through one <see cref="GroupCommit"/> writer, on PostgreSQL each in its own transaction holding the tenant's
/// advisory lock, which excludes the other sandbox instances sharing the database.
/// </summary>
internal abstract class SqlConnectionFactory
{
    /// <summary>A connection for migrations and tests: every write on it is its own business.</summary>
    public abstract Task<DbConnection> OpenAsync(CancellationToken ct);

    /// <summary>A connection for reads: it sees every committed (so every acknowledged) write.</summary>
    public virtual Task<DbConnection> OpenReaderAsync(CancellationToken ct) => OpenAsync(ct);

    /// <summary>
    /// Runs <paramref name="write"/> in a transaction committed before the task completes; see the class summary.
    /// <paramref name="relaxed"/>: see <see cref="GroupCommit.RunAsync{T}"/> (PostgreSQL commits every write alike).
    /// </summary>
    public abstract Task<T> WriteAsync<T>(TenantId? tenant, Func<DbConnection, DbTransaction, Task<T>> write, CancellationToken ct, bool relaxed = false);

    /// <summary>True when other processes may write the same database (PostgreSQL): nothing read may be cached across requests.</summary>
    public abstract bool IsShared { get; }

    /// <summary>
    /// A relaxed write that the readers of this process must see but that nothing waits for (a journal entry): on SQLite it is
    /// queued for the writer's next group and the task completes at once; a read that must see it first awaits
    /// <see cref="WrittenBehindAsync"/>. On a shared database (PostgreSQL) other instances read it too, so it is committed
    /// before the task completes. A failure is reported to <see cref="WriteBehindFailed"/>.
    /// </summary>
    public virtual Task WriteBehindAsync(Func<DbConnection, DbTransaction, Task> write) =>
        ReportingFailureAsync(WriteAsync(null, WithoutResult(write), CancellationToken.None, relaxed: true));

    /// <summary>A write behind in the shape the writers take (a result), with nothing to return.</summary>
    protected static Func<DbConnection, DbTransaction, Task<int>> WithoutResult(Func<DbConnection, DbTransaction, Task> write) =>
        async (db, tx) => { await write(db, tx); return 0; };

    /// <summary>Awaits a write queued behind, telling <see cref="WriteBehindFailed"/> when it fails (nobody else awaits it).</summary>
    protected async Task ReportingFailureAsync(Task write)
    {
        try
        {
            await write;
        }
        catch (Exception e) when (e is DbException or InvalidOperationException)
        {
            WriteBehindFailed?.Invoke(e);
        }
    }

    /// <summary>Completes once every write queued by <see cref="WriteBehindAsync"/> before this call is committed (or has failed).</summary>
    public virtual Task WrittenBehindAsync() => Task.CompletedTask;

    /// <summary>Told when a write queued behind could not be committed (the server logs it: a trace is missing from the journal).</summary>
    public Action<Exception>? WriteBehindFailed { get; set; }

    /// <summary>How long SQLite itself waits for a lock another connection holds (the writer, and <see cref="PreparedReads"/>' statements).</summary>
    public const int SqliteBusyTimeoutMs = 10_000;

    public static SqlConnectionFactory For(StorageOptions options) => options.Provider switch
    {
        StorageProvider.Sqlite => new SqliteConnections(options.SqlitePath),
        StorageProvider.PostgreSql => new PostgresConnections(options.PostgresConnectionString
            ?? throw new InvalidOperationException("Sandbox:Storage:PostgresConnectionString is required for PostgreSql.")),
        _ => throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Unknown storage provider."),
    };

    /// <summary>
    /// SQLite in WAL mode with <c>synchronous=FULL</c> on the writer: a committed transaction survives a crash or power loss,
    /// and readers do not block the writer. One process writes a file (several instances need PostgreSQL).
    /// </summary>
    private sealed class SqliteConnections : SqlConnectionFactory
    {
        private readonly string connectionString;
        private readonly GroupCommit writer;

        public SqliteConnections(string path)
        {
            var full = Path.GetFullPath(path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            connectionString = new SqliteConnectionStringBuilder { DataSource = full, Pooling = true, DefaultTimeout = 30 }.ToString();
            using var db = new SqliteConnection(connectionString);
            db.Open();
            using var wal = db.CreateCommand();
            wal.CommandText = "PRAGMA journal_mode=WAL;";
            wal.ExecuteNonQuery();
            // The checkpointer never creates the file (Mode=ReadWrite): a store whose file was deleted stays deleted.
            var checkpoints = new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadWrite }.ToString();
            var checkpointer = new WalCheckpointer(async ct =>
            {
                var connection = new SqliteConnection(checkpoints);
                await connection.OpenAsync(ct);
                return connection;
            });
            writer = new GroupCommit(OpenWriterAsync, checkpointer.Nudge);
        }

        public override bool IsShared => false;

        /// <summary>
        /// The last write queued behind: the writer commits in order, so once it is done every earlier one is. Queued and
        /// remembered under one lock, so that the one remembered is really the last in the writer's queue.
        /// </summary>
        private Task lastBehind = Task.CompletedTask;

        private readonly Lock behind = new();

        public override Task WriteBehindAsync(Func<DbConnection, DbTransaction, Task> write)
        {
            lock (behind) lastBehind = ReportingFailureAsync(writer.RunAsync(WithoutResult(write), relaxed: true, CancellationToken.None, behind: true));
            return Task.CompletedTask;
        }

        /// <remarks>The writer stops waiting for more writes behind to join its group (<see cref="GroupCommit.BehindLinger"/>): a reader waits.</remarks>
        public override Task WrittenBehindAsync()
        {
            Task last;
            lock (behind) last = lastBehind;
            writer.Hurry();
            return last;
        }

        public override async Task<DbConnection> OpenAsync(CancellationToken ct)
        {
            var db = new SqliteConnection(connectionString);
            await db.OpenAsync(ct);
            await using var pragmas = db.CreateCommand();
            // The writer's page cache is 32 MiB instead of SQLite's 2 MiB: a big clock move (10,000 demandes, 40,000 transitions
            // and messages in one transaction) otherwise spills dirty index pages to the WAL again and again before its commit.
            pragmas.CommandText = $"PRAGMA synchronous=FULL; PRAGMA busy_timeout={SqliteBusyTimeoutMs}; PRAGMA cache_size=-32768;";
            await pragmas.ExecuteNonQueryAsync(ct);
            return db;
        }

        /// <summary>
        /// The writer's connection. It leaves the copying of the WAL into the file to <see cref="WalCheckpointer"/>, beside it,
        /// and checkpoints itself only every <see cref="WalCheckpointer.WriterCheckpointPages"/> pages: the copy is then
        /// mostly done, and its own checkpoint is what lets the next transaction start the WAL again from its beginning (a
        /// checkpoint on another connection never catches up with a steady write load, so the WAL would grow without bound).
        /// </summary>
        private async Task<DbConnection> OpenWriterAsync(CancellationToken ct)
        {
            var db = await OpenAsync(ct);
            await using var pragma = db.CreateCommand();
            pragma.CommandText = $"PRAGMA wal_autocheckpoint={WalCheckpointer.WriterCheckpointPages};";
            await pragma.ExecuteNonQueryAsync(ct);
            return db;
        }

        public override async Task<DbConnection> OpenReaderAsync(CancellationToken ct)
        {
            var db = new SqliteConnection(connectionString);
            await db.OpenAsync(ct);
            return db;
        }

        public override Task<T> WriteAsync<T>(TenantId? tenant, Func<DbConnection, DbTransaction, Task<T>> write, CancellationToken ct, bool relaxed = false) =>
            writer.RunAsync(write, relaxed, ct);
    }

    private sealed class PostgresConnections(string connectionString) : SqlConnectionFactory
    {
        private readonly NpgsqlDataSource dataSource = NpgsqlDataSource.Create(connectionString);

        public override bool IsShared => true;

        public override async Task<DbConnection> OpenAsync(CancellationToken ct) => await dataSource.OpenConnectionAsync(ct);

        public override async Task<T> WriteAsync<T>(TenantId? tenant, Func<DbConnection, DbTransaction, Task<T>> write, CancellationToken ct, bool relaxed = false)
        {
            await using var db = await OpenAsync(ct);
            await using var tx = await db.BeginTransactionAsync(ct);
            if (tenant is { } id)
                await db.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(@key)", new { key = AdvisoryKey(id) }, tx, cancellationToken: ct));
            var result = await write(db, tx);
            await tx.CommitAsync(ct);
            return result;
        }

        /// <summary>The tenant's advisory lock number: the first 8 bytes of the SHA-256 of its id (stable across processes).</summary>
        private static long AdvisoryKey(TenantId tenant) =>
            BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("aicisandbox.tenant:" + tenant.Value)), 0);
    }
}
