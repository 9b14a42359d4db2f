using AiciSandbox.Domain.Clock;

namespace AiciSandbox.Domain.Tests.Clock;

/// <summary>The one range every simulated clock stays in, checked on both sides (issue 12, item 1).</summary>
public class ClockRangeTests
{
    private static readonly DateTimeOffset RealNow = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("0001-01-01T00:00:00Z", false)]
    [InlineData("1999-12-31T23:59:59Z", false)]
    [InlineData("2000-01-01T00:00:00Z", true)]
    [InlineData("2026-03-02T08:00:00Z", true)]
    [InlineData("2999-12-31T23:59:59Z", true)]
    [InlineData("3000-01-01T00:00:00Z", false)]
    [InlineData("9999-12-31T23:59:59Z", false)]
    public void Contains_BothBounds(string instant, bool inside) =>
        ClockRange.Contains(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(inside);

    [Fact]
    public void Within_RefusesAMovePastTheEnd_AndKeepsAMoveInside()
    {
        var clock = ClockState.Start(new DateTimeOffset(2999, 12, 31, 0, 0, 0, TimeSpan.Zero), RealNow);

        ClockRange.Within(clock.AdvancedBy(TimeSpan.FromDays(1), RealNow), RealNow, "INVALID_DURATION", "duration").Refusal!.Code
            .Should().Be("INVALID_DURATION");
        ClockRange.Within(clock.AdvancedBy(TimeSpan.FromHours(23), RealNow), RealNow, "INVALID_DURATION", "duration").IsAccepted
            .Should().BeTrue();
    }

    [Fact]
    public void Within_KeepsAnEarlierRefusal()
    {
        var clock = ClockState.Start(RealNow, RealNow);

        ClockRange.Within(clock.AdvancedBy(TimeSpan.FromHours(-1), RealNow), RealNow, "INVALID_DURATION", "duration").Refusal!.Code
            .Should().Be(ClockState.RefusedBackwards);
    }
}
