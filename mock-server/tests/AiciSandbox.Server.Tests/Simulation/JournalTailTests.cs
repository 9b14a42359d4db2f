using System.Net;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Simulation;

/// <summary><c>GET /sandbox/v1/journal?last=N</c>: the latest exchanges, oldest first — "what did my software just send?".</summary>
public sealed class JournalTailTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task Last_GivesTheLatestEntries_OldestFirst()
    {
        var api = await fixture.NewTenantAsync();
        for (var i = 0; i < 6; i++) await api.RegisterAsync(TestData.Particulier());
        var all = await api.JournalAsync("limit=1000");

        var tail = await api.JournalAsync("last=3");

        tail.Select(e => e!["seq"]!.GetValue<long>()).Should().Equal(all.TakeLast(3).Select(e => e!["seq"]!.GetValue<long>()));
        tail[^1]!["entry"]!["path"]!.GetValue<string>().Should().Be("/atp/v1/tiersPrestations/particulier");
    }

    [Fact]
    public async Task Instants_AreWrittenInUtcWithZ_LikeTheRestOfTheControlApi()
    {
        var api = await fixture.NewTenantAsync();
        await api.RegisterAsync(TestData.Particulier());

        var entry = (await api.JournalAsync("last=1")).Single()!["entry"]!;

        entry["simulatedAt"]!.GetValue<string>().Should().MatchRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$").And.Be(await api.NowAsync());
        entry["receivedAt"]!.GetValue<string>().Should().MatchRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z$");
    }

    [Fact]
    public async Task LastBeyondTheJournal_GivesItAll()
    {
        var api = await fixture.NewTenantAsync();
        await api.RegisterAsync(TestData.Particulier());
        var all = await api.JournalAsync("limit=1000");

        var tail = await api.JournalAsync("last=1000");

        tail.Should().HaveCount(all.Count);
        tail.Select(e => e!["seq"]!.GetValue<long>()).Should().Equal(all.Select(e => e!["seq"]!.GetValue<long>()));
    }

    [Theory]
    [InlineData("?last=3&after=1")]
    [InlineData("?last=3&limit=2")]
    public async Task LastWithAfterOrLimit_IsA400Problem(string query)
    {
        var api = await fixture.NewTenantAsync();

        await (await api.GetAsync($"{ControlCalls.Base}/journal{query}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "PARAMETRES_INCOMPATIBLES");
    }
}
