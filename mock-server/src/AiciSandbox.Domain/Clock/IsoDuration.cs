using System.Globalization;
using System.Text.RegularExpressions;

namespace AiciSandbox.Domain.Clock;

/// <summary>
/// ISO-8601 durations for moving a clock: <c>PT48H</c>, <c>P2D</c>, <c>P1W</c>, <c>P1DT12H30M</c>. Years and months are not
/// accepted, because their length depends on the date they start from; advance to a date instead.
/// </summary>
public static partial class IsoDuration
{
    [GeneratedRegex(@"^P(?:(?<w>[0-9]{1,6})W)?(?:(?<d>[0-9]{1,6})D)?(?:T(?:(?<h>[0-9]{1,7})H)?(?:(?<m>[0-9]{1,9})M)?(?:(?<s>[0-9]{1,10}(?:\.[0-9]{1,7})?)S)?)?\z",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (string.IsNullOrEmpty(text) || text == "P" || text.EndsWith('T')) return false;
        var match = Pattern().Match(text);
        if (!match.Success) return false;
        double Part(string name) => match.Groups[name].Success ? double.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        var seconds = Part("w") * 7 * 86400 + Part("d") * 86400 + Part("h") * 3600 + Part("m") * 60 + Part("s");
        if (seconds > TimeSpan.FromDays(365 * 100).TotalSeconds) return false;
        duration = TimeSpan.FromSeconds(seconds);
        return true;
    }
}
