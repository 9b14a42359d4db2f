using System.Globalization;
using AiciSandbox.Domain.Clock;

namespace AiciSandbox.Server.Web;

/// <summary>How the pages write money, instants and durations, in French, in Paris time.</summary>
public static class Fr
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Euros(decimal? amount) => amount is { } a ? a.ToString("#,##0.00", French) + " €" : "—";

    public static string Instant(DateTimeOffset? at) =>
        at is { } value ? ParisTime.ToParis(value).ToString("dd/MM/yyyy 'à' HH:mm", CultureInfo.InvariantCulture) : "—";

    public static string Day(DateOnly? day) => day is { } d ? d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : "—";

    /// <summary>« 47 h 12 min », or « échu » when nothing is left.</summary>
    public static string Remaining(TimeSpan left) => left <= TimeSpan.Zero ? "échu"
        : left.TotalHours >= 1 ? $"{(int)left.TotalHours} h {left.Minutes:00} min" : $"{Math.Max(1, left.Minutes)} min";
}
