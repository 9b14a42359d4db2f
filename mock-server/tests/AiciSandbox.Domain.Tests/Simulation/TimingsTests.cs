using System.Globalization;
using AiciSandbox.Domain.Clock;
using AiciSandbox.Domain.Simulation;

namespace AiciSandbox.Domain.Tests.Simulation;

/// <summary>
/// Bank dates of the simulation: debit and transfer on working days at 06:00 Paris (seed CGU art. 4.5.3), recovery from the
/// provider at least 30 days after an impayé (art. 4.5.5). Instants are written in UTC; Paris is UTC+1 in winter, UTC+2 in summer.
/// </summary>
public class TimingsTests
{
    [Theory]
    [InlineData("2026-03-02T10:00:00Z", 2, "2026-03-04T05:00:00Z")] // winter Monday: Wednesday 06:00 CET
    [InlineData("2026-03-02T10:00:00Z", 4, "2026-03-06T05:00:00Z")]
    [InlineData("2026-07-06T10:00:00Z", 2, "2026-07-08T04:00:00Z")] // summer: 06:00 CEST
    [InlineData("2026-07-06T10:00:00Z", 4, "2026-07-10T04:00:00Z")]
    [InlineData("2026-03-05T22:59:59Z", 2, "2026-03-09T05:00:00Z")] // Thursday 23:59:59 in Paris
    [InlineData("2026-03-05T23:30:00Z", 2, "2026-03-10T05:00:00Z")] // Thursday in UTC, already Friday 00:30 in Paris
    [InlineData("2026-07-01T22:30:00Z", 2, "2026-07-06T04:00:00Z")] // Wednesday in UTC, already Thursday 00:30 in Paris
    [InlineData("2026-03-27T10:00:00Z", 2, "2026-03-31T04:00:00Z")] // validated in CET, debited in CEST
    [InlineData("2026-10-23T10:00:00Z", 2, "2026-10-27T05:00:00Z")] // validated in CEST, debited in CET
    [InlineData("2026-04-03T09:01:00Z", 4, "2026-04-10T04:00:00Z")] // over Easter Monday
    [InlineData("2026-05-13T09:00:00Z", 4, "2026-05-20T04:00:00Z")] // over Ascension; the bridge Friday is worked
    [InlineData("2026-03-04T05:00:00Z", 1, "2026-03-05T05:00:00Z")] // a bounce, the working day after the debit
    public void BankDay_FromAnInstant_IsTheNthParisWorkingDayAt6(string from, int businessDays, string expected)
    {
        var day = Timings.BankDay(I(from), businessDays);

        day.Should().Be(I(expected));
        ParisTime.ToParis(day).TimeOfDay.Should().Be(TimeSpan.FromHours(6));
    }

    [Theory]
    [InlineData("2026-01-05T05:00:00Z", "2026-02-04T05:00:00Z")] // bounce at 06:00: exactly 30 days later
    [InlineData("2026-01-05T10:00:00Z", "2026-02-05T05:00:00Z")] // later in the day: the 06:00 of day 30 would be too early
    [InlineData("2026-01-05T23:30:00Z", "2026-02-05T05:00:00Z")] // already 6 January in Paris
    [InlineData("2026-03-05T05:00:00Z", "2026-04-07T04:00:00Z")] // day 30 is a Saturday (CEST), then Easter Monday
    [InlineData("2026-09-03T04:00:00Z", "2026-10-05T04:00:00Z")] // day 30 is a Saturday
    [InlineData("2026-06-14T04:00:00Z", "2026-07-15T04:00:00Z")] // day 30 is 14 July
    [InlineData("2026-12-02T05:00:00Z", "2027-01-04T05:00:00Z")] // day 30 is 1 January (a Friday)
    [InlineData("2026-03-10T05:00:00Z", "2026-04-10T04:00:00Z")] // across the spring change: 06:00 CEST of day 30 is 1 h short
    [InlineData("2026-10-06T04:00:00Z", "2026-11-05T05:00:00Z")] // across the autumn change: 30 days and 1 h
    public void RecoveryDay_AfterAnImpaye_IsTheFirstWorkingDayAt6AtLeast30DaysLater(string from, string expected)
    {
        var day = Timings.RecoveryDay(I(from));

        day.Should().Be(I(expected));
        (day - I(from)).Should().BeGreaterThanOrEqualTo(TimeSpan.FromDays(30));
    }

    [Fact]
    public void RecoveryDay_EverySevenHoursOfTwoYears_IsAWorkingDayAt6AtLeast30DaysLater()
    {
        var failures = new List<string>();
        for (var from = I("2026-01-01T00:00:00Z"); from < I("2028-01-01T00:00:00Z"); from += TimeSpan.FromHours(7))
        {
            var day = Timings.RecoveryDay(from);
            var paris = ParisTime.ToParis(day);
            var late = day - from;
            if (late < TimeSpan.FromDays(30) || late >= TimeSpan.FromDays(35)
                || !FrenchBusinessCalendar.IsBusinessDay(ParisTime.DateOf(day)) || paris.TimeOfDay != TimeSpan.FromHours(6))
                failures.Add($"{from:O} → {paris:O}");
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public void Delays_OfTheCgu_AreTheSourcedValues()
    {
        Timings.ValidationWindow.Should().Be(TimeSpan.FromHours(48));
        Timings.TransferBusinessDays.Should().Be(4);
        Timings.RecoveryDays.Should().Be(30);
        Timings.BankHour.Should().Be(new TimeOnly(6, 0));
    }

    private static DateTimeOffset I(string instant) => DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture);
}
