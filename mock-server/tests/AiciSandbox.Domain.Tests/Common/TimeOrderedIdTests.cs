using AiciSandbox.Domain.Common;

namespace AiciSandbox.Domain.Tests.Common;

/// <summary>Record ids: UUID text, unique, and in the order they were given (their table's index grows at its end).</summary>
public class TimeOrderedIdTests
{
    [Fact]
    public void New_IsTheTextOfAVersion7Uuid()
    {
        var id = TimeOrderedId.New();

        Guid.TryParseExact(id, "D", out var parsed).Should().BeTrue();
        parsed.Version.Should().Be(7);
        id.Should().MatchRegex("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
    }

    [Fact]
    public void New_IdsOfLaterInstantsSortAfterEarlierOnes()
    {
        var start = new DateTimeOffset(2026, 12, 7, 9, 30, 0, TimeSpan.Zero);
        var instants = Enumerable.Range(0, 500).Select(i => start.AddMilliseconds(i * 7 + i % 3)).ToList();

        var ids = instants.Select(TimeOrderedId.New).ToList();

        ids.Should().BeInAscendingOrder(StringComparer.Ordinal);
        ids.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void New_IdsOfOneInstantAreAllDifferent()
    {
        var at = new DateTimeOffset(2026, 12, 7, 9, 30, 0, TimeSpan.Zero);

        Enumerable.Range(0, 10_000).Select(_ => TimeOrderedId.New(at)).Should().OnlyHaveUniqueItems();
    }
}
