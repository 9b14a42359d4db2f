using System.Globalization;
using System.Text;

namespace AiciSandbox.Domain.Particuliers;

/// <summary>
/// The état civil that identifies a person for DGFiP: birth name, all given names and birth date, compared without
/// accents, case or punctuation (facts §5.1 <c>ERR_DGFIP_R2P_INCONNU</c>: "names, all prénoms without accents").
/// </summary>
public static class IdentityKey
{
    public static string Of(string nomNaissance, string prenoms, DateOnly dateNaissance)
    {
        return $"{Fold(nomNaissance)}|{Fold(prenoms)}|{dateNaissance:yyyy-MM-dd}";
    }

    /// <summary>Upper-case letters only, accents removed: « Le Gall-Hérvé » → « LEGALLHERVE ».</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetter(c)) builder.Append(char.ToUpperInvariant(c));
        }
        return builder.ToString();
    }
}
