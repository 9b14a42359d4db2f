using System.Net;
using AiciSandbox.Testing;
using Microsoft.Data.Sqlite;

namespace AiciSandbox.Server.Tests.Operations;

/// <summary><c>/ready</c>: 200 when the store answers with every migration applied, 503 with the reason otherwise.</summary>
public sealed class ReadinessTests : IAsyncLifetime
{
    private readonly SandboxHost host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Ready_WithAMigratedStore_Is200()
    {
        var answer = await host.CreateClient().GetAsync("/ready");

        answer.StatusCode.Should().Be(HttpStatusCode.OK);
        (await answer.Content.ReadAsStringAsync()).Should().Be("""{"status":"ready"}""");
    }

    [Fact]
    public async Task Ready_WhenTheDatabaseLacksTheLatestMigration_Is503AndSaysWhich_WhileHealthStays200()
    {
        var http = host.CreateClient();
        (await http.GetAsync("/ready")).StatusCode.Should().Be(HttpStatusCode.OK);
        await using (var db = new SqliteConnection($"Data Source={host.DatabasePath}"))
        {
            await db.OpenAsync();
            await using var forget = db.CreateCommand();
            forget.CommandText = "DELETE FROM schema_version WHERE version = (SELECT MAX(version) FROM schema_version)";
            (await forget.ExecuteNonQueryAsync()).Should().Be(1);
        }

        var ready = await http.GetAsync("/ready");
        var health = await http.GetAsync("/health");

        ready.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await ready.Content.ReadAsStringAsync()).Should().MatchRegex(@"""reason"":""migrations: \d+ of \d+ applied""");
        health.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
