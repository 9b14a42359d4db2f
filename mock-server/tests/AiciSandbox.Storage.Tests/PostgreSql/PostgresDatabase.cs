using System.Data.Common;
using AiciSandbox.Server.Storage;
using AiciSandbox.Storage.Tests.Support;
using Npgsql;

namespace AiciSandbox.Storage.Tests.PostgreSql;

/// <summary>One test class's own database on the shared <see cref="PostgresServer"/>, created on first use.</summary>
public sealed class PostgresDatabase(PostgresServer server, string name) : IStoreDatabase
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private bool created;
    private ISandboxStore? shared;

    public string Provider => nameof(StorageProvider.PostgreSql);

    public string Name => name;

    /// <summary>The connection string of this database, after creating it if needed.</summary>
    public async Task<string> ConnectionStringAsync()
    {
        await gate.WaitAsync();
        try
        {
            if (!created) await server.CreateDatabaseAsync(name);
            created = true;
            return server.ConnectionString(name);
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<ISandboxStore> SharedStoreAsync() => shared ??= await OpenNewStoreAsync();

    public async Task<ISandboxStore> OpenNewStoreAsync() => await Stores.OpenAsync(new StorageOptions
    {
        Provider = StorageProvider.PostgreSql, PostgresConnectionString = await ConnectionStringAsync(),
    });

    public async Task<DbConnection> OpenConnectionAsync()
    {
        var db = new NpgsqlConnection(await ConnectionStringAsync());
        await db.OpenAsync();
        return db;
    }

    /// <summary>Restarts the whole server: the connections of the stores opened before are gone.</summary>
    public async Task RestartAsync()
    {
        await server.RestartAsync();
        shared = null;
    }
}
