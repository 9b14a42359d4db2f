using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace AiciSandbox.Server.Storage;

/// <summary>Opens connections to the configured database: an SQLite file (default) or PostgreSQL.</summary>
internal abstract class SqlConnectionFactory
{
    public abstract Task<DbConnection> OpenAsync(CancellationToken ct);

    /// <summary>
    /// A connection for writes that may be lost on a power cut but never corrupt the store (the journal's traces):
    /// SQLite skips the fsync of each commit; PostgreSQL is unchanged.
    /// </summary>
    public virtual Task<DbConnection> OpenRelaxedAsync(CancellationToken ct) => OpenAsync(ct);

    public static SqlConnectionFactory For(StorageOptions options) => options.Provider switch
    {
        StorageProvider.Sqlite => new SqliteConnections(options.SqlitePath),
        StorageProvider.PostgreSql => new PostgresConnections(options.PostgresConnectionString
            ?? throw new InvalidOperationException("Sandbox:Storage:PostgresConnectionString is required for PostgreSql.")),
        _ => throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Unknown storage provider."),
    };

    /// <summary>
    /// SQLite in WAL mode with <c>synchronous=FULL</c>: a committed transaction survives a crash or power loss, and readers
    /// do not block the writer.
    /// </summary>
    private sealed class SqliteConnections : SqlConnectionFactory
    {
        private readonly string connectionString;

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
        }

        public override Task<DbConnection> OpenAsync(CancellationToken ct) => OpenAsync("FULL", ct);

        public override Task<DbConnection> OpenRelaxedAsync(CancellationToken ct) => OpenAsync("NORMAL", ct);

        private async Task<DbConnection> OpenAsync(string synchronous, CancellationToken ct)
        {
            var db = new SqliteConnection(connectionString);
            await db.OpenAsync(ct);
            await using var pragmas = db.CreateCommand();
            pragmas.CommandText = $"PRAGMA synchronous={synchronous}; PRAGMA busy_timeout=10000;";
            await pragmas.ExecuteNonQueryAsync(ct);
            return db;
        }
    }

    private sealed class PostgresConnections(string connectionString) : SqlConnectionFactory
    {
        private readonly NpgsqlDataSource dataSource = NpgsqlDataSource.Create(connectionString);

        public override async Task<DbConnection> OpenAsync(CancellationToken ct) => await dataSource.OpenConnectionAsync(ct);
    }
}
