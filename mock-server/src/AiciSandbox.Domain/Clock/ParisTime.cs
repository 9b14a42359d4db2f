namespace AiciSandbox.Domain.Clock;

/// <summary>
/// The one place where instants become Paris calendar dates (STYLE rule 9): URSSAF reasons in French civil dates
/// (calendar months of employment, birth dates, working days).
/// </summary>
public static class ParisTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>The Paris civil date of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToParis(instant).DateTime);

    /// <summary>The instant as a Paris wall-clock time with its offset (+01:00 or +02:00).</summary>
    public static DateTimeOffset ToParis(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The instant at which the Paris date <paramref name="date"/> begins.</summary>
    public static DateTimeOffset StartOf(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }
}
