namespace AiciSandbox.Domain.Banking;

/// <summary>
/// The ISO 13616 IBAN check the real API performs behind <c>ERR_COORDONNEES_BANCAIRES</c> ("Le BIC ou l'IBAN est invalide").
/// </summary>
public static class Iban
{
    /// <summary>Lengths of IBANs per country for the SEPA countries a French provider's clients bank with.</summary>
    private static readonly Dictionary<string, int> Lengths = new(StringComparer.Ordinal)
    {
        ["AD"] = 24, ["AT"] = 20, ["BE"] = 16, ["BG"] = 22, ["CH"] = 21, ["CY"] = 28, ["CZ"] = 24, ["DE"] = 22,
        ["DK"] = 18, ["EE"] = 20, ["ES"] = 24, ["FI"] = 18, ["FR"] = 27, ["GB"] = 22, ["GI"] = 23, ["GR"] = 27,
        ["HR"] = 21, ["HU"] = 28, ["IE"] = 22, ["IS"] = 26, ["IT"] = 27, ["LI"] = 21, ["LT"] = 20, ["LU"] = 20,
        ["LV"] = 21, ["MC"] = 27, ["MT"] = 31, ["NL"] = 18, ["NO"] = 15, ["PL"] = 28, ["PT"] = 25, ["RO"] = 24,
        ["SE"] = 24, ["SI"] = 19, ["SK"] = 24, ["SM"] = 27, ["VA"] = 22,
    };

    /// <summary>True when the IBAN has its country's length (when known) and a valid mod-97 check digit pair.</summary>
    public static bool IsValid(string iban)
    {
        var value = iban.ToUpperInvariant();
        if (value.Length < 5 || !char.IsAsciiLetter(value[0]) || !char.IsAsciiLetter(value[1])) return false;
        if (Lengths.TryGetValue(value[..2], out var length) && value.Length != length) return false;
        return Mod97(value[4..] + value[..4]) == 1;
    }

    private static int Mod97(string rearranged)
    {
        var remainder = 0;
        foreach (var c in rearranged)
        {
            if (char.IsAsciiDigit(c)) remainder = (remainder * 10 + (c - '0')) % 97;
            else if (char.IsAsciiLetterUpper(c)) remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
            else return -1;
        }
        return remainder;
    }
}
