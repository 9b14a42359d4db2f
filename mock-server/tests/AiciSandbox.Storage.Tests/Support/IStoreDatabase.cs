using System.Data.Common;
using AiciSandbox.Server.Storage;

namespace AiciSandbox.Storage.Tests.Support;

/// <summary>
/// One empty database of one provider, owned by one test class. The contract suites run their tests on its shared store;
/// the restart suite opens new stores on it, as a new process of the sandbox would.
/// </summary>
public interface IStoreDatabase
{
    /// <summary>The provider's name, as in <c>Sandbox:Storage:Provider</c>.</summary>
    string Provider { get; }

    /// <summary>The store the test class shares (tables created on first use).</summary>
    Task<ISandboxStore> SharedStoreAsync();

    /// <summary>A new store instance with its own connections, built the way the server builds it at start-up.</summary>
    Task<ISandboxStore> OpenNewStoreAsync();

    /// <summary>An open connection of the provider's own client to the database, without any store (no table created by it).</summary>
    Task<DbConnection> OpenConnectionAsync();

    /// <summary>
    /// Simulates a restart under the store: every pooled SQLite connection is closed, or the PostgreSQL server is restarted.
    /// Stores opened before it must not be used afterwards.
    /// </summary>
    Task RestartAsync();
}
