using System.Text.Json.Nodes;

namespace AiciSandbox.Conformance.Kit.Wire;

/// <summary>
/// Judges of the software's traffic over a scenario's journal, each with its budget: the real API limits traffic per
/// provider (seed CGU art. 4.3, quotas), so useless calls that a correct software never makes are refused here before
/// production punishes them. <see cref="All"/> runs after every scenario (TrafficHooks); steps cite them one by one.
/// </summary>
public static class TrafficJudge
{
    /// <summary>Budget of EX-29: a demande is asked about (M070 by id or invoice number) at most once per simulated hour.</summary>
    public static readonly TimeSpan PollingInterval = TimeSpan.FromHours(1);

    /// <summary>Budget of EX-32: more calls refused 401 in a row than this, with no accepted call between them, is a loop.</summary>
    public const int MaxRefusedInARow = 10;

    /// <summary>The judges that hold for every scenario, whatever it does.</summary>
    public static IEnumerable<Verdict> All(IReadOnlyList<WireExchange> wire) =>
        [PollingWithinBudget(wire), NoRetryOfDefiniteRefusal(wire), NoSecondInscription(wire), NoUnauthorisedLoop(wire)];

    /// <summary>No demande was asked about twice within <see cref="PollingInterval"/> of simulated time (EX-29).</summary>
    public static Verdict PollingWithinBudget(IReadOnlyList<WireExchange> wire)
    {
        var polls = wire.Where(e => e.Is("POST", WireExchange.SearchPath) && e.Status is < 500 and not 401 and not 429)
            .SelectMany(e => CallJudge.Criteria(e).Select(c => (Demande: c, Exchange: e)))
            .GroupBy(p => p.Demande)
            .SelectMany(g => g.Zip(g.Skip(1), (a, b) => (g.Key, First: a.Exchange, Again: b.Exchange)))
            .Where(p => p.Again.SimulatedAt - p.First.SimulatedAt < PollingInterval)
            .ToList();
        return Verdict.When(polls.Count == 0, () =>
            $"Règle EX-29 (CGU art. 4.3, quotas) — une demande s'interroge au plus une fois par heure simulée ; le logiciel en a interrogé " +
            $"{polls.Select(p => p.Key).Distinct().Count()} plus souvent, {polls.Count} interrogation(s) de trop : " +
            string.Join(", ", polls.Take(5).Select(p => $"{p.Key} à #{p.First.Seq} puis #{p.Again.Seq} ({Gap(p.First, p.Again)})")) + ".",
            polls.SelectMany(p => new[] { p.First, p.Again }).Distinct().Take(10));
    }

    /// <summary>
    /// No answer that cannot succeed — a 4xx other than 401 (token) and 429 (wait and retry) — was followed by the same
    /// request again at the same simulated instant (EX-30): the answer would be the same.
    /// </summary>
    public static Verdict NoRetryOfDefiniteRefusal(IReadOnlyList<WireExchange> wire)
    {
        var calls = wire.Where(e => e.IsApiCall).ToList();
        var retried = calls.Zip(calls.Skip(1), (refused, next) => (refused, next))
            .Where(p => p.refused.Status is >= 400 and < 500 and not 401 and not 429 && Same(p.refused, p.next) && p.refused.SimulatedAt == p.next.SimulatedAt)
            .ToList();
        return Verdict.When(retried.Count == 0, () =>
            $"Règle EX-30 (CGU art. 4.3, quotas) — une réponse 4xx (hors 401 et 429) ne change pas si l'on renvoie la même requête ; " +
            $"le logiciel a renvoyé {retried.Count} fois une requête déjà refusée : " +
            string.Join(", ", retried.Take(5).Select(p => $"{p.refused.Method} {p.refused.Path} #{p.refused.Seq} → {p.refused.Status} {Codes(p.refused)} puis #{p.next.Seq} → {p.next.Status}")) + ".",
            retried.SelectMany(p => new[] { p.refused, p.next }).Distinct().Take(10));
    }

    /// <summary>No inscription (M010) of a particulier URSSAF had already registered for the software (EX-31), known by its e-mail.</summary>
    public static Verdict NoSecondInscription(IReadOnlyList<WireExchange> wire)
    {
        var registered = new Dictionary<string, WireExchange>(StringComparer.OrdinalIgnoreCase);
        var again = new List<(WireExchange First, WireExchange Again, string Email)>();
        foreach (var e in wire.Where(e => e.Is("POST", WireExchange.ApiBase + "/particulier")))
        {
            if (e.RequestJson()?["adresseMail"].AsText() is not { } email) continue;
            if (registered.TryGetValue(email, out var first)) again.Add((first, e, email));
            else if (e.Status == 200) registered[email] = e;
        }
        return Verdict.When(again.Count == 0, () =>
            $"Règle EX-31 (CGU art. 4.2 et 4.3) — un particulier inscrit l'est une fois : le logiciel garde son idClient ; il a inscrit de nouveau " +
            string.Join(", ", again.Take(5).Select(a => $"{a.Email} (inscrit à #{a.First.Seq}, de nouveau à #{a.Again.Seq} → {a.Again.Status} {Codes(a.Again)})")) +
            (again.Count > 5 ? $" … ({again.Count} fois en tout)." : "."),
            again.SelectMany(a => new[] { a.First, a.Again }).Distinct().Take(10));
    }

    /// <summary>No more than <see cref="MaxRefusedInARow"/> calls refused 401 in a row (EX-32): renewing and retrying without end is a loop.</summary>
    public static Verdict NoUnauthorisedLoop(IReadOnlyList<WireExchange> wire)
    {
        var (longest, run) = (new List<WireExchange>(), new List<WireExchange>());
        foreach (var e in wire.Where(e => e.IsApiCall))
        {
            if (e.Status == 401) run.Add(e);
            else run = [];
            if (run.Count > longest.Count) longest = run;
        }
        return Verdict.When(longest.Count <= MaxRefusedInARow, () =>
            $"Règle EX-32 (CGU art. 4.3, quotas) — un jeton refusé (401) se renouvelle une fois ; le logiciel a fait {longest.Count} appels refusés en 401 d'affilée " +
            $"(#{longest[0].Seq} à #{longest[^1].Seq}) avec {wire.Count(t => t.IsToken && t.Seq > longest[0].Seq && t.Seq < longest[^1].Seq)} demande(s) de jeton entre eux : " +
            $"au-delà de {MaxRefusedInARow}, c'est une boucle.", longest.Take(5));
    }

    /// <summary>
    /// From the first call refused 401, the software asked for one new token at most and had at most two calls refused
    /// (the one with the old token, one with the new): then it waited or gave up (EX-32).
    /// </summary>
    public static Verdict RenewedOnceThenStopped(IReadOnlyList<WireExchange> wire)
    {
        var first = wire.FirstOrDefault(e => e.IsApiCall && e.Status == 401);
        if (first is null) return Verdict.Fail("Le scénario attendait un refus 401 de l'URSSAF ; le logiciel n'a fait aucun appel refusé pour son jeton.", []);
        var after = wire.Where(e => e.Seq >= first.Seq).ToList();
        var renewals = after.Count(e => e.IsToken);
        var refused = after.Count(e => e.IsApiCall && e.Status == 401);
        return Verdict.When(renewals <= 1 && refused <= 2, () =>
            $"Règle EX-32 (CGU art. 4.3, quotas) — quand l'URSSAF refuse durablement le jeton (401), le logiciel le renouvelle une fois, puis attend ou renonce " +
            $"en le montrant ; depuis le premier refus (#{first.Seq}), il a demandé {renewals} jeton(s) et fait {refused} appel(s) refusé(s) en 401.",
            after.Take(8));
    }

    private static bool Same(WireExchange a, WireExchange b) =>
        a.Method == b.Method && a.Path == b.Path && a.Query == b.Query && a.RequestBody == b.RequestBody;

    private static string Codes(WireExchange e) =>
        e.ResponseJson() is JsonArray errors ? string.Join(", ", errors.Select(x => x?["code"].AsText()).OfType<string>()) : "";

    private static string Gap(WireExchange a, WireExchange b) =>
        b.SimulatedAt == a.SimulatedAt ? "au même instant simulé" : $"{(b.SimulatedAt - a.SimulatedAt).TotalMinutes:0} min simulées plus tard";
}
