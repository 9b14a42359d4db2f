using System.Collections.Concurrent;
using System.Collections.Frozen;
using PublicHoliday;

namespace AiciSandbox.Domain.Clock;

/// <summary>
/// French working days (<i>jours ouvrés</i>): Monday to Friday except the eleven metropolitan public holidays of
/// art. L3133-1 code du travail (1 January, Easter Monday, 1 May, 8 May, Ascension, Whit Monday, 14 July, 15 August,
/// 1 November, 11 November, 25 December). Used for "virement dans un délai de quatre (4) jours ouvrés suivant la validation"
/// (seed CGU art. 4.5.3; decision D13).
/// </summary>
/// <remarks>
/// A calendar rule over <see cref="DateOnly"/>, not a duration: "4 working days" is not <c>TimeSpan.FromDays(4)</c>
/// (STYLE rule 9). The holidays come from the PublicHoliday library's metropolitan French calendar (checked against an
/// independent Easter computation for every year 1990–2100 by the tests). Alsace-Moselle's Good Friday and 26 December
/// are not included (metropolitan list, D13).
/// </remarks>
public static class FrenchBusinessCalendar
{
    private static readonly FrancePublicHoliday Metropolitan = new();

    /// <summary>
    /// Each year's holidays, asked of the library once per year: a big clock move asks about the same few dates tens of
    /// thousands of times, and the library's own lookup cost 7 % of the engine's time.
    /// </summary>
    private static readonly ConcurrentDictionary<int, FrozenSet<DateOnly>> HolidaysByYear = new();

    public static bool IsPublicHoliday(DateOnly date) => HolidaysByYear.GetOrAdd(date.Year, HolidaysOf).Contains(date);

    private static FrozenSet<DateOnly> HolidaysOf(int year)
    {
        var first = new DateOnly(year, 1, 1);
        return Enumerable.Range(0, DateTime.IsLeapYear(year) ? 366 : 365).Select(first.AddDays)
            .Where(day => Metropolitan.IsPublicHoliday(day.ToDateTime(TimeOnly.MinValue))).ToFrozenSet();
    }

    public static bool IsBusinessDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsPublicHoliday(date);

    /// <summary>The first business day strictly after <paramref name="date"/>.</summary>
    public static DateOnly NextBusinessDay(DateOnly date)
    {
        var next = date.AddDays(1);
        while (!IsBusinessDay(next)) next = next.AddDays(1);
        return next;
    }

    /// <summary>
    /// The <paramref name="days"/>-th business day after <paramref name="date"/>, not counting <paramref name="date"/> itself
    /// (whether or not it is a business day): Friday + 1 = Monday; Thursday 1 May eve + 1 = Friday 2 May.
    /// </summary>
    public static DateOnly AddBusinessDays(DateOnly date, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var result = date;
        for (var i = 0; i < days; i++) result = NextBusinessDay(result);
        return result;
    }

    /// <summary>Easter Sunday in the Gregorian calendar: the day before the library's Easter Monday.</summary>
    public static DateOnly EasterSunday(int year) => DateOnly.FromDateTime(FrancePublicHoliday.EasterMonday(year)).AddDays(-1);
}
