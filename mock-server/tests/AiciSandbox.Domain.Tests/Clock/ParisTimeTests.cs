using System.Globalization;
using AiciSandbox.Domain.Clock;

namespace AiciSandbox.Domain.Tests.Clock;

/// <summary>Instants to Paris civil dates, across daylight-saving changes (STYLE rule 9).</summary>
public class ParisTimeTests
{
    [Theory]
    [InlineData("2026-01-15T22:59:59Z", "2026-01-15")] // winter, UTC+1
    [InlineData("2026-01-15T23:00:00Z", "2026-01-16")]
    [InlineData("2026-03-28T22:59:59Z", "2026-03-28")] // the night of the spring change (29 March 2026)
    [InlineData("2026-03-28T23:00:00Z", "2026-03-29")]
    [InlineData("2026-03-29T21:59:59Z", "2026-03-29")] // that evening already UTC+2
    [InlineData("2026-03-29T22:00:00Z", "2026-03-30")]
    [InlineData("2026-07-14T21:59:59Z", "2026-07-14")] // summer, UTC+2
    [InlineData("2026-07-14T22:00:00Z", "2026-07-15")]
    [InlineData("2026-10-24T21:59:59Z", "2026-10-24")] // the night of the autumn change (25 October 2026)
    [InlineData("2026-10-24T22:00:00Z", "2026-10-25")]
    [InlineData("2026-10-25T22:59:59Z", "2026-10-25")] // that evening back to UTC+1
    [InlineData("2026-10-25T23:00:00Z", "2026-10-26")]
    [InlineData("2026-12-31T23:00:00Z", "2027-01-01")]
    public void DateOf_InstantAroundMidnightInParis_IsTheParisDate(string instant, string date) =>
        ParisTime.DateOf(Parse(instant)).Should().Be(DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("2026-03-29T00:59:59Z", 1)] // 01:59:59 CET, just before the clocks jump to 03:00
    [InlineData("2026-03-29T01:00:00Z", 2)]
    [InlineData("2026-10-25T00:59:59Z", 2)] // 02:59:59 CEST, just before the clocks fall back to 02:00
    [InlineData("2026-10-25T01:00:00Z", 1)]
    public void ToParis_AroundTheChange_HasTheOffsetOfTheMoment(string instant, int offsetHours) =>
        ParisTime.ToParis(Parse(instant)).Offset.Should().Be(TimeSpan.FromHours(offsetHours));

    [Fact]
    public void ToParis_SameInstant_IsUnchanged()
    {
        var instant = Parse("2026-10-25T00:30:00Z");

        ParisTime.ToParis(instant).Should().Be(instant);
    }

    [Theory]
    [InlineData("2026-01-16", "2026-01-15T23:00:00Z")]
    [InlineData("2026-03-29", "2026-03-28T23:00:00Z")]
    [InlineData("2026-03-30", "2026-03-29T22:00:00Z")]
    [InlineData("2026-10-25", "2026-10-24T22:00:00Z")]
    [InlineData("2026-10-26", "2026-10-25T23:00:00Z")]
    public void StartOf_ParisDate_IsItsMidnightInParis(string date, string instant)
    {
        var day = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

        ParisTime.StartOf(day).Should().Be(Parse(instant));
        ParisTime.DateOf(ParisTime.StartOf(day)).Should().Be(day);
        ParisTime.DateOf(ParisTime.StartOf(day).AddTicks(-1)).Should().Be(day.AddDays(-1));
    }

    private static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
