namespace AiciSandbox.Server.Storage;

public enum StorageProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>Configuration section <c>Sandbox:Storage</c>.</summary>
public sealed class StorageOptions
{
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>The SQLite file; its folder is created when missing.</summary>
    public string SqlitePath { get; set; } = "data/aicisandbox.db";

    /// <summary>An Npgsql connection string, e.g. <c>Host=127.0.0.1;Username=postgres;Password=…;Database=aicisandbox</c>.</summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>How long start-up waits for the database to answer (PostgreSQL starting beside the sandbox in compose).</summary>
    public int StartupWaitSeconds { get; set; } = 60;
}
