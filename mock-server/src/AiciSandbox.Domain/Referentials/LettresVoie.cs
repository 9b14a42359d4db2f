namespace AiciSandbox.Domain.Referentials;

/// <summary>
/// <c>lettreVoie</c> values: B (bis), T (ter), Q (quater), C (quinquiès) — Swagger 1.29.1. Others give
/// <c>ERR_CONTACT_ADRESSE_LETTRE_VOIE</c>.
/// </summary>
public static class LettresVoie
{
    public static bool IsKnown(string lettre) => lettre is "B" or "T" or "Q" or "C" or "b" or "t" or "q" or "c";
}
