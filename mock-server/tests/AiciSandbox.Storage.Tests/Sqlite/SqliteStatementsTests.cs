using AiciSandbox.Domain.Particuliers;
using AiciSandbox.Domain.PaymentRequests;
using AiciSandbox.Domain.Tenants;
using AiciSandbox.Server.Storage;
using AiciSandbox.Storage.Tests.Support;
using Microsoft.Data.Sqlite;

namespace AiciSandbox.Storage.Tests.Sqlite;

/// <summary>
/// Statements kept prepared per SQLite connection (<see cref="SqliteStatements"/>), read through (<see cref="PreparedReads"/>)
/// and written through (<see cref="BulkRows"/>): a kept statement must neither pin an old snapshot nor leave a read
/// transaction open (that would stop the WAL from ever starting again), nor stay mid-run after a failed write; its values
/// are bound afresh on every call.
/// </summary>
public sealed class SqliteStatementsTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"aicisandbox-reads-{Guid.NewGuid():N}.db");
    private readonly DomainData data = new();
    private readonly ParticulierId client = ParticulierId.New();

    [Fact]
    public async Task AReadCutShortByItsLimit_IsOverWhenItReturns()
    {
        await using var reader = await OpenWithDemandesAsync(5);
        const string sql = "SELECT data FROM demandes WHERE position >= @from ORDER BY position";
        var first = PreparedReads.Rows<DemandePaiement>(reader, sql, new { from = -1 }, max: 1);

        // A statement left where the limit stopped it would still be running on its old snapshot: binding it again fails.
        var earlier = data.Demande(client);
        await using (var writer = await OpenAsync()) await InsertAsync(writer, -1, earlier);
        var again = PreparedReads.Rows<DemandePaiement>(reader, sql, new { from = -1 }, max: 1);

        first.Should().ContainSingle();
        again.Select(d => d.Id).Should().Equal(earlier.Id);
    }

    [Fact]
    public async Task AKeptStatement_SeesWhatWasCommittedAfterItsLastRead()
    {
        await using var reader = await OpenWithDemandesAsync(2);
        const string sql = "SELECT data FROM demandes WHERE position >= @from ORDER BY position";
        PreparedReads.Rows<DemandePaiement>(reader, sql, new { from = 0 }).Should().HaveCount(2);

        await using (var writer = await OpenAsync()) await InsertAsync(writer, 2, data.Demande(client));

        PreparedReads.Rows<DemandePaiement>(reader, sql, new { from = 0 }).Should().HaveCount(3);
        PreparedReads.Rows<DemandePaiement>(reader, sql, new { from = 2 }).Should().ContainSingle("the values are bound again on every call");
    }

    [Fact]
    public async Task MoreSqlTextsThanAConnectionKeeps_AreAllRead()
    {
        await using var reader = await OpenWithDemandesAsync(3);
        var expected = PreparedReads.Rows<DemandePaiement>(reader, "SELECT data FROM demandes ORDER BY position", new { }).Select(d => d.Id).ToList();

        // One SQL text per list length, as a search by 1, 2, … numbers makes: beyond what is kept, each is prepared and finalised.
        for (var length = 1; length <= 80; length++)
        {
            var args = new Dictionary<string, object?>();
            var names = Enumerable.Range(0, length).Select(i => { args[$"p{i}"] = i % 3; return $"@p{i}"; });
            var rows = PreparedReads.Rows<DemandePaiement>(reader, $"SELECT data FROM demandes WHERE position IN ({string.Join(", ", names)}) ORDER BY position", args);
            rows.Select(d => d.Id).Should().Equal(expected.Take(Math.Min(length, 3)), $"a list of {length}");
        }
    }

    [Fact]
    public async Task AWriteThatFailedOnAKeptStatement_LeavesItReadyForTheNextTransaction()
    {
        await using var db = await OpenWithDemandesAsync(0);
        await using (var unique = db.CreateCommand())
        {
            unique.CommandText = "CREATE UNIQUE INDEX ux_position ON demandes (position)";
            await unique.ExecuteNonQueryAsync();
        }
        var (a, b) = (data.Demande(client), data.Demande(client));

        await using (var failed = await db.BeginTransactionAsync())
        {
            var twice = () => InsertAsync(db, failed, [(1, a), (1, b)]);
            await twice.Should().ThrowAsync<SqliteException>().Where(e => e.SqliteErrorCode == 19, "SQLITE_CONSTRAINT: position 1 twice");
            await failed.RollbackAsync();
        }
        await using (var next = await db.BeginTransactionAsync())
        {
            (await InsertAsync(db, next, [(2, b)])).Should().Be(1);
            await next.CommitAsync();
        }

        PreparedReads.Rows<DemandePaiement>(db, "SELECT data FROM demandes ORDER BY position", new { }).Select(d => d.Id).Should().Equal(b.Id);
    }

    private static Task<int> InsertAsync(SqliteConnection db, System.Data.Common.DbTransaction tx, (int Position, DemandePaiement Demande)[] rows) =>
        BulkRows.RunAsync(db, tx, "INSERT INTO demandes (position, data) VALUES (@position, @data)", ["@position", "@data"], rows,
            (row, values) => (values[0], values[1]) = (row.Position, new StoredJson(row.Demande)), CancellationToken.None);

    [Fact]
    public async Task AParameterWithoutAValue_IsTheCallersError()
    {
        await using var reader = await OpenWithDemandesAsync(1);

        var read = () => PreparedReads.Rows<DemandePaiement>(reader, "SELECT data FROM demandes WHERE position = @position", new { from = 0 });

        read.Should().Throw<ArgumentException>().WithMessage("*@position*");
    }

    /// <summary>The reader is opened first and kept: the rows then stay in the WAL (the last connection to close would checkpoint them).</summary>
    private async Task<SqliteConnection> OpenWithDemandesAsync(int count)
    {
        var reader = await OpenAsync();
        await using (var setup = await OpenAsync())
        {
            await using var wal = setup.CreateCommand();
            wal.CommandText = "PRAGMA journal_mode=WAL; CREATE TABLE demandes (position INTEGER NOT NULL, data TEXT NOT NULL);";
            await wal.ExecuteNonQueryAsync();
            for (var i = 0; i < count; i++) await InsertAsync(setup, i, data.Demande(client));
        }
        return reader;
    }

    private static async Task InsertAsync(SqliteConnection db, int position, DemandePaiement demande)
    {
        await using var insert = db.CreateCommand();
        insert.CommandText = "INSERT INTO demandes (position, data) VALUES ($position, $data)";
        insert.Parameters.AddWithValue("$position", position);
        insert.Parameters.AddWithValue("$data", StorageJson.Write(demande));
        await insert.ExecuteNonQueryAsync();
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await db.OpenAsync();
        return db;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(path + suffix);
    }
}
