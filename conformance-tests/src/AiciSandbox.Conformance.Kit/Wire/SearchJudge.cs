using System.Text.Json.Nodes;

namespace AiciSandbox.Conformance.Kit.Wire;

/// <summary>How the software searches (M070, EX-20): by ids, by period, by invoice numbers; at most 10 per call.</summary>
public static class SearchJudge
{
    private const int MaxPerCall = 10;

    /// <summary>In the window, the searches asked for every id of <paramref name="expected"/> by <c>idDemandePaiements</c>, 10 at most per call.</summary>
    public static Verdict ByIds(IReadOnlyList<WireExchange> wire, long from, long to, IReadOnlySet<string> expected)
    {
        var searches = Window(wire, from, to);
        var asked = searches.SelectMany(s => Values(s, "idDemandePaiements")).ToHashSet();
        var missing = expected.Where(id => !asked.Contains(id)).ToList();
        var oversized = searches.Where(s => Values(s, "idDemandePaiements").Count() > MaxPerCall).ToList();
        if (missing.Count == 0 && oversized.Count == 0) return Verdict.Pass;
        return Verdict.Fail($"Règle EX-20 — suivre ses demandes par leurs identifiants, {MaxPerCall} au plus par appel ; " +
            $"{missing.Count} demande(s) sur {expected.Count} non interrogée(s) par identifiant, {oversized.Count} appel(s) de plus de {MaxPerCall} identifiants " +
            $"({searches.Count} recherche(s) dans la synchronisation).", oversized.Count > 0 ? oversized : searches);
    }

    /// <summary>
    /// In the window, the software searched by period (<c>dateDebut</c>/<c>dateFin</c>), narrowed it, and found the rest
    /// by <c>numFactureTiers</c>; no call asked for more than 10 numbers or ids.
    /// </summary>
    public static Verdict ByPeriodThenNumbers(IReadOnlyList<WireExchange> wire, long from, long to)
    {
        var searches = Window(wire, from, to);
        var byPeriod = searches.Where(s => s.RequestJson() is JsonObject body && (body["dateDebut"] is not null || body["dateFin"] is not null)
            && Values(s, "idDemandePaiements").Count() == 0).ToList();
        var byNumbers = searches.Where(s => Values(s, "numFactureTiers").Any()).ToList();
        var oversized = searches.Where(s => Values(s, "numFactureTiers").Count() > MaxPerCall || Values(s, "idDemandePaiements").Count() > MaxPerCall).ToList();
        if (byPeriod.Count > 0 && byNumbers.Count > 0 && oversized.Count == 0) return Verdict.Pass;
        return Verdict.Fail($"Règle EX-20 — rapprocher une période : rechercher par dateDebut/dateFin, resserrer sur ERR_NBRE_MAX_RESULTAT, " +
            $"puis par numFactureTiers ({MaxPerCall} au plus par appel) ; {byPeriod.Count} recherche(s) par période, {byNumbers.Count} par numéros, " +
            $"{oversized.Count} de plus de {MaxPerCall} critères.", searches);
    }

    private static List<WireExchange> Window(IReadOnlyList<WireExchange> wire, long from, long to) =>
        wire.Where(e => e.Seq > from && e.Seq <= to && e.Is("POST", WireExchange.SearchPath)).ToList();

    private static IEnumerable<string> Values(WireExchange search, string name) =>
        (search.RequestJson()?[name] as JsonArray ?? []).Select(v => v.AsText()).OfType<string>();
}
