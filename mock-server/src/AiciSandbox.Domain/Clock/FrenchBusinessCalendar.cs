namespace AiciSandbox.Domain.Clock;

/// <summary>
/// French working days (<i>jours ouvrés</i>): Monday to Friday except the eleven metropolitan public holidays of
/// art. L3133-1 code du travail (1 January, Easter Monday, 1 May, 8 May, Ascension, Whit Monday, 14 July, 15 August,
/// 1 November, 11 November, 25 December). Used for "virement dans un délai de quatre (4) jours ouvrés suivant la validation"
/// (seed CGU art. 4.5.3; decision D13).
/// </summary>
/// <remarks>
/// A calendar rule over <see cref="DateOnly"/>, not a duration: "4 working days" is not <c>TimeSpan.FromDays(4)</c>
/// (STYLE rule 9). Alsace-Moselle's Good Friday and 26 December are not included (metropolitan list, D13).
/// </remarks>
public static class FrenchBusinessCalendar
{
    public static bool IsPublicHoliday(DateOnly date)
    {
        var easter = EasterSunday(date.Year);
        return (date.Month, date.Day) is (1, 1) or (5, 1) or (5, 8) or (7, 14) or (8, 15) or (11, 1) or (11, 11) or (12, 25)
            || date == easter.AddDays(1)    // lundi de Pâques
            || date == easter.AddDays(39)   // jeudi de l'Ascension
            || date == easter.AddDays(50);  // lundi de Pentecôte
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

    /// <summary>Easter Sunday in the Gregorian calendar (anonymous algorithm, Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = (19 * a + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + 2 * e + 2 * i - h - k) % 7;
        var m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }
}
