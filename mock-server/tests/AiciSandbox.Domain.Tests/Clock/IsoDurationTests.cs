using AiciSandbox.Domain.Clock;

namespace AiciSandbox.Domain.Tests.Clock;

/// <summary>ISO-8601 durations for moving a clock: weeks, days, hours, minutes, seconds — no years nor months.</summary>
public class IsoDurationTests
{
    [Theory]
    [InlineData("PT48H", 48 * 3600)]
    [InlineData("P2D", 2 * 86400)]
    [InlineData("P1W", 7 * 86400)]
    [InlineData("P1DT12H30M", 86400 + 12 * 3600 + 30 * 60)]
    [InlineData("PT0.5S", 0.5)]
    [InlineData("PT90M", 5400)]
    [InlineData("PT0S", 0)]
    [InlineData("P1W2D", 9 * 86400)]
    [InlineData("PT1H0.25S", 3600.25)]
    public void TryParse_DurationOfFixedLength_IsThatDuration(string text, double seconds)
    {
        IsoDuration.TryParse(text, out var duration).Should().BeTrue();
        duration.Should().Be(TimeSpan.FromSeconds(seconds));
    }

    [Theory]
    [InlineData("P1Y")]
    [InlineData("P1M")]
    [InlineData("P1Y2M")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1DT")]
    [InlineData("48h")]
    [InlineData("pt48h")]
    [InlineData("PT48")]
    [InlineData("-PT1H")]
    [InlineData("PT-1H")]
    [InlineData("PT1,5S")]
    [InlineData("PT1H ")]
    [InlineData("PT48H\n")]
    [InlineData("P2DT48")]
    [InlineData("deux jours")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_CalendarLengthOrMalformed_IsRefused(string? text)
    {
        IsoDuration.TryParse(text, out var duration).Should().BeFalse();
        duration.Should().Be(TimeSpan.Zero);
    }

    [Theory]
    [InlineData("PT\u0663H")]           // Arabic-Indic digit three
    [InlineData("P\uFF12D")]            // full-width digit two
    public void TryParse_NonAsciiDigits_IsRefusedWithoutThrowing(string text) =>
        IsoDuration.TryParse(text, out _).Should().BeFalse();

    [Theory]
    [InlineData("P5218W")]
    [InlineData("PT999999999M")]
    public void TryParse_MoreThanAHundredYears_IsRefused(string text) =>
        IsoDuration.TryParse(text, out _).Should().BeFalse();
}
