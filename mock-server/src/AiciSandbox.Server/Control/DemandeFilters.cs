using AiciSandbox.Domain.Common;
using AiciSandbox.Domain.PaymentRequests;
using AiciSandbox.Server.Storage;

namespace AiciSandbox.Server.Control;

/// <summary>Reads the filters of a demandes listing (control API and console alike) and refuses the ones that make no sense.</summary>
internal static class DemandeFilters
{
    public const string TotalHeader = "X-Total-Count";
    public const int DefaultPage = 50;
    public const int MaxPage = 200;

    public static Outcome<DemandeFilter> Parse(int? statut, string? idClient, string? numFactureTiers, string? du, string? au, int? offset, int? limit)
    {
        if (statut is { } code && !Enum.IsDefined(typeof(DemandeStatus), code))
            return Outcome<DemandeFilter>.Refuse("STATUT_INCONNU", $"statut {code} : un code de statut de demande (10, 20, 30, 40, 50, 60, 70, 110, 111, 112, 120…).");
        if (!TryDay(du, out var from) || !TryDay(au, out var to))
            return Outcome<DemandeFilter>.Refuse("PERIODE_INVALIDE", "du et au : dates AAAA-MM-JJ.");
        if (from is not null && to is not null && from > to)
            return Outcome<DemandeFilter>.Refuse("PERIODE_INVALIDE", "du doit précéder au.");
        if (offset < 0 || limit is < 1 or > MaxPage)
            return Outcome<DemandeFilter>.Refuse("PAGE_INVALIDE", $"offset ≥ 0 et 1 ≤ limit ≤ {MaxPage}.");
        return Outcome<DemandeFilter>.Accept(new DemandeFilter(statut, Blank(idClient), Blank(numFactureTiers), from, to, offset ?? 0, limit ?? DefaultPage));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static bool TryDay(string? text, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.None, out var parsed)) return false;
        day = parsed;
        return true;
    }
}
