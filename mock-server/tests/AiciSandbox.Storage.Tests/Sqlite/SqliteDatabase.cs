using System.Data.Common;
using AiciSandbox.Server.Storage;
using AiciSandbox.Storage.Tests.Support;
using Microsoft.Data.Sqlite;

namespace AiciSandbox.Storage.Tests.Sqlite;

/// <summary>A fresh SQLite file for one test class, deleted (with its WAL files) when the class is done.</summary>
public sealed class SqliteDatabase : IStoreDatabase, IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"aicisandbox-storage-{Guid.NewGuid():N}.db");
    private readonly SemaphoreSlim gate = new(1, 1);
    private ISandboxStore? shared;

    public string Provider => nameof(StorageProvider.Sqlite);

    public async Task<ISandboxStore> SharedStoreAsync()
    {
        await gate.WaitAsync();
        try
        {
            return shared ??= await OpenNewStoreAsync();
        }
        finally
        {
            gate.Release();
        }
    }

    public Task<ISandboxStore> OpenNewStoreAsync() =>
        Stores.OpenAsync(new StorageOptions { Provider = StorageProvider.Sqlite, SqlitePath = path });

    public async Task<DbConnection> OpenConnectionAsync()
    {
        var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path }.ToString());
        await db.OpenAsync();
        return db;
    }

    public Task RestartAsync()
    {
        SqliteConnection.ClearAllPools();
        shared = null;
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(path + suffix);
        gate.Dispose();
    }
}
