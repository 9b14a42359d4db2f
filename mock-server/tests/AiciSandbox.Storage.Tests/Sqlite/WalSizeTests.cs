using AiciSandbox.Domain.Tenants;
using AiciSandbox.Server.Storage;
using Dapper;

namespace AiciSandbox.Storage.Tests.Sqlite;

/// <summary>
/// The write-ahead log stays bounded under a steady write load although its pages are copied into the file by a checkpointer
/// beside the writer (<see cref="WalCheckpointer"/>): such a checkpoint alone never lets SQLite start the WAL again, so
/// without the writer's own occasional checkpoint it grows with everything ever written.
/// </summary>
public sealed class WalSizeTests : IDisposable
{
    private const int RowBytes = 32 * 1024;
    private readonly string path = Path.Combine(Path.GetTempPath(), $"aicisandbox-wal-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Wal_UnderFourTimesItsBoundOfWrites_StaysNearItsBound()
    {
        var connections = SqlConnectionFactory.For(new StorageOptions { Provider = StorageProvider.Sqlite, SqlitePath = path });
        await new SqlSandboxStore(connections).InitializeAsync(CancellationToken.None);
        var bound = WalCheckpointer.WriterCheckpointPages * 4096L;
        var rows = (int)(4 * bound / RowBytes);
        var tenant = TenantId.New();
        var data = new string('x', RowBytes);

        // Four writers, as concurrent requests appending to the journal (relaxed commits: no fsync, so the test is quick).
        var next = 0;
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            for (var seq = Interlocked.Increment(ref next); seq <= rows; seq = Interlocked.Increment(ref next))
                await connections.WriteAsync(tenant, (db, tx) => db.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO journal (tenant_id, seq, data) VALUES (@tenant, @seq, @data)",
                    new { tenant = tenant.Value, seq, data }, tx)), CancellationToken.None, relaxed: true);
        })));

        new FileInfo(path).Length.Should().BeGreaterThan(3 * bound, "the rows were written to the file");
        new FileInfo(path + "-wal").Length.Should().BeLessThan(bound + bound / 2,
            $"the WAL starts again once the writer has checkpointed {WalCheckpointer.WriterCheckpointPages} pages");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" }) File.Delete(file);
    }
}
