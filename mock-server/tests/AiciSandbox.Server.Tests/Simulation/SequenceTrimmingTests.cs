using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Simulation;

/// <summary>
/// The journal's bound (<c>Sandbox:Journal:MaxEntriesPerTenant</c>, here 10) drops old exchanges but never a number: a reader
/// paging with <c>after=</c> its last number gets the exchanges the bound kept, then every later one, always numbered higher.
/// </summary>
public sealed class SequenceTrimmingTests(SmallJournalSandboxFixture fixture) : IClassFixture<SmallJournalSandboxFixture>
{
    [Fact]
    public async Task AfterTrimmingPastTheBound_AndAClear_AReaderGetsEveryNewExchange_NumberedAboveTheOldOnes()
    {
        var api = await fixture.NewTenantAsync();
        var journal = FeedReader.Journal(api);
        await CallsAsync(api, 20);
        var first = await journal.ReadNewAsync();

        await CallsAsync(api, 120);
        var trimmed = await journal.ReadNewAsync();
        (await api.ClearJournalAsync()).EnsureSuccessStatusCode();
        await CallsAsync(api, 3);
        var cleared = await journal.ReadNewAsync();

        FeedReader.Seqs(first).Should().Equal(Enumerable.Range(1, 21).Select(i => (long)i));
        FeedReader.Seqs(trimmed).Should().Equal(Enumerable.Range(119, 23).Select(i => (long)i),
            "the trimming at 128 kept 119 and later; 129 to 141 came after it");
        FeedReader.Seqs(cleared).Should().Equal(142, 143, 144);
    }

    private static async Task CallsAsync(SandboxApi api, int count)
    {
        for (var i = 0; i < count; i++) (await api.ClockAsync()).EnsureSuccessStatusCode();
    }
}
