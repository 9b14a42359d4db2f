using AiciSandbox.Domain.Common;

namespace AiciSandbox.Domain.Tests.Common;

/// <summary>Dates as the API receives them (facts §3): UTC with a final Z, or a plain date; the search also takes naive date-times.</summary>
public class ApiDateTests
{
    [Theory]
    [InlineData("1986-11-30", "1986-11-30T00:00:00Z")]
    [InlineData("1986-11-30T00:00:00Z", "1986-11-30T00:00:00Z")]
    [InlineData("1980-03-29T00:00:00.000Z", "1980-03-29T00:00:00Z")]
    [InlineData("2026-03-02T08:15Z", "2026-03-02T08:15:00Z")]
    [InlineData("2026-03-02T08:15:30.1234567Z", "2026-03-02T08:15:30.123Z")]
    public void TryParse_UtcDateOrDateTime_IsThatInstantInUtc(string text, string formatted)
    {
        ApiDate.TryParse(text, out var instant).Should().BeTrue();
        instant.Offset.Should().Be(TimeSpan.Zero);
        ApiDate.Format(instant).Should().Be(formatted);
    }

    [Theory]
    [InlineData("2026-03-02T08:00:00+02:00")]
    [InlineData("2026-03-02T08:00:00+00:00")]
    [InlineData("2026-03-02T08:00:00")]
    [InlineData("2026-03-02T08:00:00z")]
    [InlineData("2026-03-02 08:00:00Z")]
    [InlineData("2026-3-2")]
    [InlineData("02/03/2026")]
    [InlineData(" 2026-03-02")]
    [InlineData("2026-02-29")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_OffsetNaiveOrOtherShape_IsRefused(string? text) =>
        ApiDate.TryParse(text, out _).Should().BeFalse();

    [Fact]
    public void TryParse_TextLongerThan40Characters_IsRefused() =>
        ApiDate.TryParse("2026-03-02T08:00:00." + new string('0', 20) + "Z", out _).Should().BeFalse();

    [Theory]
    [InlineData("2053-01-01T00:00:00", "2053-01-01T00:00:00Z")]
    [InlineData("2053-01-01T00:00:00.500", "2053-01-01T00:00:00.500Z")]
    [InlineData("2053-01-01", "2053-01-01T00:00:00Z")]
    [InlineData("2053-01-01T00:00:00Z", "2053-01-01T00:00:00Z")]
    public void TryParseLenient_NaiveDateTime_IsReadAsUtc(string text, string formatted)
    {
        ApiDate.TryParseLenient(text, out var instant).Should().BeTrue();
        ApiDate.Format(instant).Should().Be(formatted);
    }

    [Theory]
    [InlineData("2053-01-01T00:00:00+01:00")]
    [InlineData("01/01/2053")]
    [InlineData("2053-01-01T00:00")]
    public void TryParseLenient_OffsetOrOtherShape_IsRefused(string text) =>
        ApiDate.TryParseLenient(text, out _).Should().BeFalse();

    [Fact]
    public void Format_InstantWithOffset_IsWrittenInUtc() =>
        ApiDate.Format(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(1))).Should().Be("2026-03-02T08:00:00Z");
}
