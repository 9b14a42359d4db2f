using System.Globalization;
using AiciSandbox.Domain.Clock;

namespace AiciSandbox.Domain.Simulation;

/// <summary>
/// An amount as a message writes it: two decimals after a comma, no thousands separator, then " €" (1234.5 → "1234,50 €"). Written
/// straight into the message being built: a big clock move writes 40,000 messages, and three strings per amount (number,
/// comma, euro sign) were a tenth of the engine's time.
/// </summary>
internal readonly record struct EuroText(decimal Amount) : ISpanFormattable
{
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        charsWritten = 0;
        if (!Amount.TryFormat(destination, out var n, "0.00", CultureInfo.InvariantCulture) || destination.Length < n + 2) return false;
        destination[..n].Replace('.', ',');
        destination[n] = ' ';
        destination[n + 1] = '€';
        charsWritten = n + 2;
        return true;
    }

    public string ToString(string? format, IFormatProvider? provider) => ToString();

    public override string ToString() => Amount.ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ',') + " €";
}

/// <summary>An instant as a message writes it: its Paris date and time to the minute, "04/03/2026 à 09:35".</summary>
internal readonly record struct ParisText(DateTimeOffset Instant) : ISpanFormattable
{
    private const string Format = "dd/MM/yyyy 'à' HH:mm";

    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        ParisTime.ToParis(Instant).TryFormat(destination, out charsWritten, Format, CultureInfo.InvariantCulture);

    public string ToString(string? format, IFormatProvider? provider) => ToString();

    public override string ToString() => ParisTime.ToParis(Instant).ToString(Format, CultureInfo.InvariantCulture);
}
