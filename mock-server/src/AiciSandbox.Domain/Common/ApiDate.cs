using System.Globalization;

namespace AiciSandbox.Domain.Common;

/// <summary>
/// Dates as the API receives them (facts §3): <c>format: date</c> in the Swagger, but clients send date-times in UTC,
/// e.g. <c>1986-11-30T00:00:00Z</c> or <c>1980-03-29T00:00:00.000Z</c>; a plain <c>1986-11-30</c> is accepted too.
/// </summary>
/// <remarks>
/// The final <c>Z</c> is required on a date-time (CAERP: "the presence of the UTC zulu marker seems mandatory"); an offset
/// such as <c>+02:00</c> is refused. Only the search criteria accept a naive date-time (<see cref="TryParseLenient"/>),
/// because CAERP's <c>isoformat()</c> search is answered normally by the real API. A plain date means midnight UTC.
/// </remarks>
public static class ApiDate
{
    private static readonly string[] StrictFormats =
    [
        "yyyy-MM-dd",
        "yyyy-MM-dd'T'HH:mm:ss'Z'",
        "yyyy-MM-dd'T'HH:mm'Z'",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
    ];

    private static readonly string[] NaiveFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
    ];

    public const string Expected = "date ISO-8601 attendue (AAAA-MM-JJ ou AAAA-MM-JJThh:mm:ssZ)";

    public static bool TryParse(string? text, out DateTimeOffset instant) => TryParse(text, StrictFormats, out instant);

    public static bool TryParseLenient(string? text, out DateTimeOffset instant) =>
        TryParse(text, StrictFormats, out instant) || TryParse(text, NaiveFormats, out instant);

    /// <summary>The way the sandbox writes an instant back: <c>2019-12-05T00:00:00Z</c>, milliseconds only when present.</summary>
    public static string Format(DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        return utc.Millisecond == 0
            ? utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
    }

    private static bool TryParse(string? text, string[] formats, out DateTimeOffset instant)
    {
        instant = default;
        if (string.IsNullOrEmpty(text) || text.Length > 40 || text.Contains(".Z", StringComparison.Ordinal) || text.EndsWith('.')) return false;
        if (!DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed))
            return false;
        instant = new DateTimeOffset(DateTime.SpecifyKind(parsed, DateTimeKind.Utc));
        return true;
    }
}
