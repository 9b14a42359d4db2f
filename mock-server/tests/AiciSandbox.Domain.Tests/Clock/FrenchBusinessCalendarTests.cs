using System.Globalization;
using AiciSandbox.Domain.Clock;

namespace AiciSandbox.Domain.Tests.Clock;

/// <summary>
/// French working days (decision D13, seed CGU art. 4.5.3 "4 jours ouvrés"): the eleven metropolitan public holidays year by
/// year, and counting working days across weekends, holidays, bridges and year ends (STYLE rule 9).
/// </summary>
public class FrenchBusinessCalendarTests
{
    [Theory]
    [InlineData(2008, "2008-03-23")] // an early Easter: Ascension falls on 1 May
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2028, "2028-04-16")]
    [InlineData(2029, "2029-04-01")]
    [InlineData(2030, "2030-04-21")]
    [InlineData(2038, "2038-04-25")] // the latest possible date
    public void EasterSunday_KnownYears_IsTheKnownDate(int year, string easter) =>
        FrenchBusinessCalendar.EasterSunday(year).Should().Be(D(easter));

    /// <summary>Each row: the year and its three movable holidays (Easter Monday, Ascension, Whit Monday).</summary>
    [Theory]
    [InlineData(2024, "2024-04-01", "2024-05-09", "2024-05-20")]
    [InlineData(2025, "2025-04-21", "2025-05-29", "2025-06-09")]
    [InlineData(2026, "2026-04-06", "2026-05-14", "2026-05-25")]
    [InlineData(2027, "2027-03-29", "2027-05-06", "2027-05-17")]
    [InlineData(2028, "2028-04-17", "2028-05-25", "2028-06-05")]
    [InlineData(2029, "2029-04-02", "2029-05-10", "2029-05-21")]
    [InlineData(2030, "2030-04-22", "2030-05-30", "2030-06-10")]
    [InlineData(2008, "2008-03-24", "2008-05-01", "2008-05-12")] // Ascension on 1 May: ten distinct dates that year
    public void IsPublicHoliday_WholeYear_IsExactlyTheElevenHolidays(int year, string easterMonday, string ascension, string whitMonday)
    {
        var expected = new HashSet<DateOnly>
        {
            new(year, 1, 1), D(easterMonday), new(year, 5, 1), new(year, 5, 8), D(ascension), D(whitMonday),
            new(year, 7, 14), new(year, 8, 15), new(year, 11, 1), new(year, 11, 11), new(year, 12, 25),
        };
        var first = new DateOnly(year, 1, 1);
        var days = Enumerable.Range(0, DateTime.IsLeapYear(year) ? 366 : 365).Select(first.AddDays);

        days.Where(FrenchBusinessCalendar.IsPublicHoliday).Should().BeEquivalentTo(expected);
        expected.Where(FrenchBusinessCalendar.IsBusinessDay).Should().BeEmpty();
    }

    /// <summary>
    /// Every year 1990–2100: the calendar's holidays are exactly the eleven, with the movable ones computed from an
    /// independent Easter algorithm (<see cref="EasterOracle"/>), and none of them is a business day.
    /// </summary>
    [Fact]
    public void IsPublicHoliday_EveryYearFrom1990To2100_IsExactlyTheElevenHolidays()
    {
        foreach (var year in Enumerable.Range(1990, 2100 - 1990 + 1))
        {
            var easter = EasterOracle.Sunday(year);
            var expected = new HashSet<DateOnly>
            {
                new(year, 1, 1), easter.AddDays(1), new(year, 5, 1), new(year, 5, 8), easter.AddDays(39), easter.AddDays(50),
                new(year, 7, 14), new(year, 8, 15), new(year, 11, 1), new(year, 11, 11), new(year, 12, 25),
            };
            var first = new DateOnly(year, 1, 1);
            var days = Enumerable.Range(0, DateTime.IsLeapYear(year) ? 366 : 365).Select(first.AddDays);

            days.Where(FrenchBusinessCalendar.IsPublicHoliday).Should().BeEquivalentTo(expected, $"year {year}");
            FrenchBusinessCalendar.EasterSunday(year).Should().Be(easter, $"year {year}");
        }
    }

    [Theory]
    [InlineData("2026-04-03")] // Good Friday: a holiday in Alsace-Moselle only
    [InlineData("2025-12-26")] // Saint-Étienne (a Friday): Alsace-Moselle only
    [InlineData("2026-05-15")] // the Friday after Ascension: a "pont", still a working day
    [InlineData("2026-03-16")]
    public void IsBusinessDay_OrdinaryWeekday_IsTrue(string date) =>
        FrenchBusinessCalendar.IsBusinessDay(D(date)).Should().BeTrue();

    [Theory]
    [InlineData("2026-03-07")] // Saturday
    [InlineData("2026-03-08")] // Sunday
    [InlineData("2026-04-05")] // Easter Sunday
    [InlineData("2026-08-15")] // 15 August on a Saturday
    [InlineData("2026-07-14")] // 14 July on a Tuesday
    public void IsBusinessDay_WeekendOrHoliday_IsFalse(string date) =>
        FrenchBusinessCalendar.IsBusinessDay(D(date)).Should().BeFalse();

    [Theory]
    [InlineData("2026-03-06", 1, "2026-03-09")] // Friday + 1 = Monday
    [InlineData("2026-03-05", 2, "2026-03-09")] // Thursday + 2 = Monday
    [InlineData("2026-03-07", 1, "2026-03-09")] // from a Saturday
    [InlineData("2026-03-08", 1, "2026-03-09")] // from a Sunday
    [InlineData("2026-03-02", 4, "2026-03-06")] // Monday + 4 = Friday
    [InlineData("2026-03-02", 5, "2026-03-09")]
    [InlineData("2026-04-03", 1, "2026-04-07")] // over Easter Monday
    [InlineData("2026-04-30", 1, "2026-05-04")] // Friday 1 May
    [InlineData("2026-05-07", 1, "2026-05-11")] // Friday 8 May
    [InlineData("2026-05-13", 1, "2026-05-15")] // Ascension Thursday, then the bridge Friday counts
    [InlineData("2026-05-13", 2, "2026-05-18")]
    [InlineData("2026-05-13", 4, "2026-05-20")]
    [InlineData("2026-05-22", 1, "2026-05-26")] // Whit Monday
    [InlineData("2026-07-13", 1, "2026-07-15")] // 14 July on a Tuesday
    [InlineData("2026-08-14", 1, "2026-08-17")] // 15 August on a Saturday changes nothing
    [InlineData("2026-11-10", 1, "2026-11-12")] // 11 November
    [InlineData("2027-05-05", 1, "2027-05-07")] // Ascension 2027
    [InlineData("2008-04-30", 1, "2008-05-02")] // Ascension on 1 May 2008
    [InlineData("2024-12-24", 1, "2024-12-26")] // Christmas
    [InlineData("2024-12-24", 5, "2025-01-02")]
    [InlineData("2025-12-31", 1, "2026-01-02")] // 31 December → 2 January
    [InlineData("2026-12-31", 1, "2027-01-04")] // 1 January on a Friday, then a weekend
    [InlineData("2029-12-31", 1, "2030-01-02")]
    [InlineData("2030-12-31", 4, "2031-01-07")]
    [InlineData("2028-12-29", 2, "2029-01-03")]
    public void AddBusinessDays_AcrossWeekendsHolidaysAndYearEnds_IsTheNthWorkingDay(string from, int days, string expected) =>
        FrenchBusinessCalendar.AddBusinessDays(D(from), days).Should().Be(D(expected));

    [Theory]
    [InlineData("2026-03-04")] // a Wednesday
    [InlineData("2026-03-07")] // a Saturday
    [InlineData("2026-05-14")] // Ascension
    public void AddBusinessDays_ZeroDays_IsTheSameDate(string date) =>
        FrenchBusinessCalendar.AddBusinessDays(D(date), 0).Should().Be(D(date));

    [Fact]
    public void AddBusinessDays_NegativeDays_Throws()
    {
        var act = () => FrenchBusinessCalendar.AddBusinessDays(D("2026-03-04"), -1);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData("2026-03-02", "2026-03-03")] // strictly after, even from a working day
    [InlineData("2026-03-06", "2026-03-09")]
    [InlineData("2026-12-24", "2026-12-28")] // Christmas on a Friday
    [InlineData("2026-05-24", "2026-05-26")] // Pentecost Sunday, then Whit Monday
    [InlineData("2027-12-31", "2028-01-03")]
    public void NextBusinessDay_AnyDate_IsTheFirstWorkingDayAfter(string date, string expected) =>
        FrenchBusinessCalendar.NextBusinessDay(D(date)).Should().Be(D(expected));

    private static DateOnly D(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
