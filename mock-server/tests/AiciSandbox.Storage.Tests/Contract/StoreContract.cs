using AiciSandbox.Server.Storage;
using AiciSandbox.Storage.Tests.Support;

namespace AiciSandbox.Storage.Tests.Contract;

/// <summary>
/// The base of every contract suite: written once, run once per provider by a subclass that supplies the database
/// (<c>Sqlite/SqliteContracts.cs</c>, <c>PostgreSql/PostgresContracts.cs</c>). Each test builds its own tenant and data.
/// </summary>
public abstract class StoreContract(IStoreDatabase database) : IAsyncLifetime
{
    protected static readonly CancellationToken Ct = CancellationToken.None;

    internal DomainData Data { get; } = new();

    protected IStoreDatabase Database { get; } = database;

    protected ISandboxStore Store { get; private set; } = null!;

    public async Task InitializeAsync() => Store = await Database.SharedStoreAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
