using System.Numerics;

namespace AiciSandbox.Domain.Tests.Banking;

/// <summary>
/// Builds IBANs the way ISO 13616 defines them (check digits = 98 − (BBAN + country + "00") mod 97), independently of the
/// domain's own check, so tests can make IBANs that are right in every respect but one.
/// </summary>
internal static class IbanMaker
{
    public static string Make(string country, string bban)
    {
        var digits = string.Concat((bban + country + "00").ToUpperInvariant()
            .Select(c => char.IsAsciiDigit(c) ? c.ToString() : (c - 'A' + 10).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var check = 98 - (int)(BigInteger.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) % 97);
        return $"{country}{check:00}{bban}";
    }
}
