using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Simulation;

/// <summary>A sandbox whose journal keeps at least 10 exchanges per tenant (<c>Sandbox:Journal:MaxEntriesPerTenant</c>).</summary>
public sealed class SmallJournalSandboxFixture : SandboxFixture
{
    public const int Keep = 10;

    public SmallJournalSandboxFixture() => Host.With("Sandbox:Journal:MaxEntriesPerTenant", Keep.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>
/// The journal is bounded (STYLE rule 11, <c>Sandbox:Journal:MaxEntriesPerTenant</c>, default 5 000): it keeps at least the
/// configured number of a tenant's latest exchanges and drops the oldest every 64 entries, so it never holds more than the
/// bound plus 63; sequence numbers go on rising.
/// </summary>
public sealed class JournalBoundTests(SmallJournalSandboxFixture fixture) : IClassFixture<SmallJournalSandboxFixture>
{
    [Fact]
    public async Task Journal_DropsTheOldestExchanges_AndKeepsTheLatestOnes()
    {
        var api = await fixture.NewTenantAsync();

        await CallsAsync(api, 63);
        var at64 = await SeqsAsync(api);
        await CallsAsync(api, 36);
        var at100 = await SeqsAsync(api);
        await CallsAsync(api, 28);
        var at128 = await SeqsAsync(api);

        at64.Should().Equal(Range(55, 64));
        at100.Should().Equal(Range(55, 100)).And.HaveCountLessThanOrEqualTo(SmallJournalSandboxFixture.Keep + 63);
        at128.Should().Equal(Range(119, 128));
    }

    [Fact]
    public async Task TheBound_IsPerTenant()
    {
        var (busy, quiet) = (await fixture.NewTenantAsync(), await fixture.NewTenantAsync());
        await quiet.ClockAsync();

        await CallsAsync(busy, 63);

        (await SeqsAsync(busy)).Should().HaveCount(SmallJournalSandboxFixture.Keep);
        (await SeqsAsync(quiet)).Should().Equal(1, 2);
    }

    /// <summary><paramref name="count"/> journaled calls (the tenant's creation already journaled its first token).</summary>
    private static async Task CallsAsync(SandboxApi api, int count)
    {
        for (var i = 0; i < count; i++) (await api.ClockAsync()).EnsureSuccessStatusCode();
    }

    private static async Task<IReadOnlyList<long>> SeqsAsync(SandboxApi api) =>
        (await api.JournalAsync("limit=1000")).Select(e => e!["seq"]!.GetValue<long>()).ToList();

    private static IEnumerable<long> Range(long first, long last) => Enumerable.Range((int)first, (int)(last - first + 1)).Select(i => (long)i);
}
