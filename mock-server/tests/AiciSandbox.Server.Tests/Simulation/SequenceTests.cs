using System.Text.Json.Nodes;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Simulation;

/// <summary>
/// The journal, the outbox and the transitions are paged by sequence number, and a tenant's numbers never go back: after
/// <c>DELETE /journal</c>, a reset or a restore, a client that goes on paging with <c>after=</c> the last number it saw gets
/// every new entry, each numbered above anything it saw before (docs/lifecycle.md).
/// </summary>
public sealed class SequenceTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task AfterDeleteJournal_AReaderGetsEveryNewExchange_NumberedAboveTheOldOnes()
    {
        var api = await fixture.NewTenantAsync();
        var journal = FeedReader.Journal(api);
        for (var i = 0; i < 3; i++) (await api.ClockAsync()).EnsureSuccessStatusCode();
        var before = await journal.ReadNewAsync();

        (await api.ClearJournalAsync()).EnsureSuccessStatusCode();
        (await api.ClockAsync()).EnsureSuccessStatusCode();
        (await api.ClockAsync()).EnsureSuccessStatusCode();
        var after = await journal.ReadNewAsync();

        before.Should().HaveCount(4, "the tenant's creation journaled its first token");
        after.Select(e => e.Text("entry.path")).Should().Equal("/sandbox/v1/clock", "/sandbox/v1/clock");
        FeedReader.Seqs(after).Should().BeInAscendingOrder().And.OnlyContain(seq => seq > FeedReader.Seqs(before).Max());
    }

    [Fact]
    public async Task AfterReset_ReadersOfTheJournalOutboxAndTransitions_GetEveryNewEntry_NumberedAboveTheOldOnes()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        await api.ReachAsync(await api.SubmitAsync(idClient), "20");
        var readers = FeedReader.All(api);
        var before = await ReadAllAsync(readers);

        (await api.ResetAsync(new JsonObject { ["start"] = "2026-03-02T08:00:00Z", ["mode"] = "manual" })).EnsureSuccessStatusCode();
        await api.AuthenticateAsync();
        var again = await api.RegisterActivatedAsync(TestData.Particulier());
        await api.AdvanceAsync("P2D");
        await api.ReachAsync(await api.SubmitAsync(again), "20");
        var after = await ReadAllAsync(readers);

        foreach (var (reader, i) in readers.Select((r, i) => (r, i)))
        {
            before[i].Should().NotBeEmpty(reader.Feed);
            after[i].Should().NotBeEmpty(reader.Feed);
            FeedReader.Seqs(after[i]).Should().OnlyContain(seq => seq > FeedReader.Seqs(before[i]).Max(), reader.Feed);
            // Reading the outbox and the transitions is journaled: the journal has grown since its reader read it.
            FeedReader.Seqs(await reader.ReadAllAsync()).Take(after[i].Count).Should().Equal(FeedReader.Seqs(after[i]),
                $"the reader saw the {reader.Feed} from its first entry after the reset");
        }
        after[2][0].Text("entry.path").Should().Be("/sandbox/v1/reset");
    }

    [Fact]
    public async Task AfterRestore_ReadersGetTheReplayedFuture_NumberedAboveEverythingSeen()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        await api.ReachAsync(await api.SubmitAsync(idClient), "20");
        var restoredOutbox = (await api.OutboxAsync()).Count;
        var snapshot = await api.SnapshotAsync();
        var firstFuture = await api.RunToEndAsync();
        var readers = FeedReader.All(api);
        var before = await ReadAllAsync(readers);

        (await api.RestoreAsync(snapshot.Text("id"))).EnsureSuccessStatusCode();
        await api.AuthenticateAsync();
        var secondFuture = await api.RunToEndAsync();
        var after = await ReadAllAsync(readers);

        firstFuture.Should().HaveCount(3);
        secondFuture.Should().HaveCount(firstFuture.Count);
        after[1].Select(t => (t.Text("at"), t.Text("to"))).Should().Equal(firstFuture.Select(t => (t.Text("at"), t.Text("to"))));
        after[0].Select(m => m.Text("kind")).Should().Equal(before[0].Skip(restoredOutbox).Select(m => m.Text("kind")),
            "the messages of the replayed future are new ones");
        foreach (var (reader, i) in readers.Select((r, i) => (r, i)))
            FeedReader.Seqs(after[i]).Should().BeInAscendingOrder().And.OnlyContain(seq => seq > FeedReader.Seqs(before[i]).Max(), reader.Feed);
        after[2][0].Text("entry.path").Should().Be($"/sandbox/v1/snapshots/{snapshot.Text("id")}/restore");
    }

    private static async Task<IReadOnlyList<IReadOnlyList<JsonNode>>> ReadAllAsync(IEnumerable<FeedReader> readers)
    {
        var pages = new List<IReadOnlyList<JsonNode>>();
        foreach (var reader in readers) pages.Add(await reader.ReadNewAsync());
        return pages;
    }
}

/// <summary>
/// A client reading one of the tenant's feeds as an integrator would: pages of 5 with <c>after=</c> the last sequence number
/// it saw, never starting over.
/// </summary>
internal sealed class FeedReader(SandboxApi api, string feed)
{
    public string Feed => feed;

    public long Last { get; private set; }

    public static FeedReader Journal(SandboxApi api) => new(api, "journal");

    /// <summary>The outbox, the transitions and the journal, in that order: reading the first two is journaled, the journal's not.</summary>
    public static IReadOnlyList<FeedReader> All(SandboxApi api) => [new(api, "outbox"), new(api, "transitions"), Journal(api)];

    public static IReadOnlyList<long> Seqs(IEnumerable<JsonNode?> entries) => entries.Select(e => e!["seq"]!.GetValue<long>()).ToList();

    /// <summary>Every entry numbered after <see cref="Last"/>, page by page; moves <see cref="Last"/> on.</summary>
    public async Task<IReadOnlyList<JsonNode>> ReadNewAsync()
    {
        var entries = new List<JsonNode>();
        while (true)
        {
            var page = await ListAsync($"after={Last}&limit=5");
            if (page.Count == 0) return entries;
            entries.AddRange(page.Select(e => e!));
            Last = page[^1]!["seq"]!.GetValue<long>();
        }
    }

    /// <summary>The whole feed as it stands, from the start.</summary>
    public async Task<IReadOnlyList<JsonNode>> ReadAllAsync() => (await ListAsync("limit=1000")).Select(e => e!).ToList();

    private Task<JsonArray> ListAsync(string query) => feed switch
    {
        "journal" => api.JournalAsync(query),
        "outbox" => api.OutboxAsync(query),
        _ => api.TransitionsAsync(query),
    };
}
