using System.Text.RegularExpressions;
using AiciSandbox.Domain.PaymentRequests;
using AiciSandbox.Server.Storage;
using Microsoft.Data.Sqlite;

namespace AiciSandbox.Storage.Tests.Sqlite;

/// <summary>
/// The reads that run at every inscription, search and clock move look their rows up by a key narrower than the tenant.
/// SQLite keeps no statistics here and, left to itself, picked plans that walk every row of the tenant for a <c>WHERE</c> with
/// <c>OR</c> — right answers, but each inscription cost more than the one before it, and each clock move read every settled
/// demande — or for a keyed search with a literal <c>LIMIT</c>. Read from SQLite's own plans (<c>EXPLAIN QUERY PLAN</c>) on a
/// migrated file.
/// </summary>
public sealed partial class QueryPlanTests(SqliteDatabase database) : IClassFixture<SqliteDatabase>
{
    private static readonly Dictionary<string, string> HotReads = new()
    {
        ["inscription: the particuliers with its identity, e-mail or phone"] = SqlSandboxStore.ByIdentityOrContactSql,
        ["clock move: the world's demandes"] = SqlSandboxStore.WorldDemandesSql,
        ["clock move: the world's particuliers"] = SqlSandboxStore.WorldParticuliersSql(["P-1", "P-2"], []),
        ["search by ids"] = SqlSandboxStore.SearchSql(new SearchCriterion.ByIds(["D-1", "D-2"]), []),
        ["search by invoice numbers"] = SqlSandboxStore.SearchSql(new SearchCriterion.ByNumeros(["F-2026-001", "F-2026-002"]), []),
        ["search by period"] = SqlSandboxStore.SearchSql(new SearchCriterion.ByPeriod(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31)), []),
    };

    public static TheoryData<string> Reads => [.. HotReads.Keys];

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task HotRead_LooksItsRowsUpByAKeyNarrowerThanTheTenant(string read)
    {
        var plan = await PlanAsync(HotReads[read]);

        plan.Should().NotBeEmpty().And.NotContain(step => WalksTheTenant(step), "the plan was: " + string.Join(" | ", plan));
    }

    [Fact]
    public async Task TheInscriptionsFormerQuery_WalkedEveryParticulierOfTheTenant()
    {
        var plan = await PlanAsync("""
            SELECT data FROM particuliers
            WHERE tenant_id = @tenant AND (identity_key = @identityKey OR email = @email OR phone = @phone)
            """);

        plan.Should().Contain(step => WalksTheTenant(step), "this check must see the plans it is there to catch");
    }

    /// <summary>A step that reads a whole table, or every row of one tenant through an index keyed by tenant only.</summary>
    private static bool WalksTheTenant(string step) =>
        (step.StartsWith("SCAN ", StringComparison.Ordinal) && step != "SCAN CONSTANT ROW") || TenantOnly().IsMatch(step);

    [GeneratedRegex(@"USING (COVERING )?INDEX \S+ \(tenant_id=\?\)$")]
    private static partial Regex TenantOnly();

    [GeneratedRegex(@"@\w+")]
    private static partial Regex Parameter();

    private async Task<List<string>> PlanAsync(string sql)
    {
        await database.SharedStoreAsync(); // the migrations
        await using var db = (SqliteConnection)await database.OpenConnectionAsync();
        await using var explain = db.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var name in Parameter().Matches(sql).Select(m => m.Value).Distinct()) explain.Parameters.AddWithValue(name, DBNull.Value);
        var steps = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync()) steps.Add(reader.GetString(3));
        return steps;
    }
}
