using AiciSandbox.Server.Storage;

namespace AiciSandbox.Storage.Tests.Support;

/// <summary>Builds a store from <see cref="StorageOptions"/> exactly as the server's composition root does, then creates its tables.</summary>
internal static class Stores
{
    public static async Task<ISandboxStore> OpenAsync(StorageOptions options)
    {
        var store = new SqlSandboxStore(SqlConnectionFactory.For(options));
        await store.InitializeAsync(CancellationToken.None);
        return store;
    }
}
