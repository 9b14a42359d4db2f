using AiciSandbox.Domain.PaymentRequests;
using System.Text.Json.Nodes;

namespace AiciSandbox.Conformance.Kit.Wire;

/// <summary>What the software sent to the URSSAF API: which calls, how many demandes per call, retries, duplicates, polling.</summary>
public static class CallJudge
{
    /// <summary>The statuses after which a demande no longer changes in a way the software must follow: the domain's (EX-21, docs/decisions.md).</summary>
    public static IReadOnlySet<string> Settled => DemandeFollowUp.SettledCodes;

    /// <summary>"POST /atp/v1/tiersPrestations/particulier" was called <paramref name="expected"/> times.</summary>
    public static Verdict Called(IReadOnlyList<WireExchange> wire, string call, int expected)
    {
        var parts = call.Split(' ', 2);
        var calls = wire.Where(e => parts.Length == 2 && e.Is(parts[0], parts[1])).ToList();
        return calls.Count == expected
            ? Verdict.Pass
            : Verdict.Fail($"Le logiciel devait appeler {call} {expected} fois ; il l'a appelé {calls.Count} fois.", calls);
    }

    /// <summary>No submission carried more than 10 demandes (EX-13, ERR_NBRE_PREST_MAX).</summary>
    public static Verdict BatchesOfTenAtMost(IReadOnlyList<WireExchange> wire)
    {
        var submissions = wire.Where(e => e.Is("POST", WireExchange.SubmitPath)).ToList();
        var oversized = submissions.Where(e => e.RequestJson() is JsonArray { Count: > 10 }).ToList();
        return oversized.Count == 0
            ? Verdict.Pass
            : Verdict.Fail($"Règle EX-13 — 10 demandes au plus par appel (ERR_NBRE_PREST_MAX) ; {oversized.Count} appel(s) en ont porté plus : " +
                string.Join(", ", oversized.Select(e => $"#{e.Seq} avec {((JsonArray)e.RequestJson()!).Count} demandes → {e.Status}")) + ".", oversized);
    }

    /// <summary>No demande was refused as a duplicate (ERR_FACTURE_DOUBLON): the software never sent an invoice twice.</summary>
    public static Verdict NoDuplicate(IReadOnlyList<WireExchange> wire)
    {
        var duplicates = wire.Where(e => e.Is("POST", WireExchange.SubmitPath) && (e.ResponseBody?.Contains("ERR_FACTURE_DOUBLON", StringComparison.Ordinal) ?? false)).ToList();
        return duplicates.Count == 0
            ? Verdict.Pass
            : Verdict.Fail("Règle EX-14 — après une réponse perdue, le logiciel doit vérifier par numFactureTiers (M070) avant de renvoyer ; " +
                $"il a renvoyé une demande déjà reçue, refusée comme doublon (ERR_FACTURE_DOUBLON) à l'appel #{duplicates[0].Seq}.", duplicates);
    }

    /// <summary>
    /// The invoice's submission was tried <paramref name="expected"/> times, and the software waited before each new
    /// try (at least <paramref name="minimumWait"/> of real time: jittered exponential back-off need not grow strictly).
    /// </summary>
    public static Verdict RetriedWithWaits(IReadOnlyList<WireExchange> wire, string numFactureTiers, int expected, TimeSpan minimumWait)
    {
        // A call refused for its expired token (401) never reached the service: it is not a try.
        var tries = wire.Where(e => e.Is("POST", WireExchange.SubmitPath) && e.Status != 401 && Carries(e, numFactureTiers)).ToList();
        if (tries.Count != expected)
            return Verdict.Fail($"Règle EX-22 (Swagger 1.29.1 : 503 maintenance, 500 erreur technique) — l'envoi de la facture « {numFactureTiers} » devait être tenté {expected} fois ; " +
                $"il l'a été {tries.Count} fois ({string.Join(", ", tries.Select(t => t.Status))}).", tries);
        var waits = tries.Zip(tries.Skip(1), (a, b) => b.ReceivedAt - a.ReceivedAt).ToList();
        var hurried = waits.Select((w, i) => (w, i)).Where(x => x.w < minimumWait).ToList();
        return hurried.Count == 0
            ? Verdict.Pass
            : Verdict.Fail($"Règle EX-22 — réessayer avec un délai (back-off) — le logiciel a réessayé sans attendre : " +
                string.Join(", ", hurried.Select(x => $"essai {x.i + 2} après {x.w.TotalMilliseconds:0} ms")) + $" (au moins {minimumWait.TotalMilliseconds:0} ms attendus).", tries);
    }

    /// <summary>
    /// How early a resend may arrive and still count as honouring <c>Retry-After</c>: the sandbox stamps arrivals with
    /// the wall clock while the software's timers run on a monotonic clock of millisecond (Windows: 15.6 ms) resolution,
    /// so a client that waited exactly the delay can be stamped a millisecond short (docs/decisions.md, EX-23).
    /// </summary>
    public static readonly TimeSpan TimerResolution = TimeSpan.FromMilliseconds(16);

    /// <summary>After the invoice's first try was answered 429, the next try came at least <paramref name="retryAfter"/> later (real time, within <see cref="TimerResolution"/>).</summary>
    public static Verdict WaitedBeforeResending(IReadOnlyList<WireExchange> wire, string numFactureTiers, TimeSpan retryAfter)
    {
        var tries = wire.Where(e => e.Is("POST", WireExchange.SubmitPath) && e.Status != 401 && Carries(e, numFactureTiers)).ToList();
        var limited = tries.FindIndex(e => e.Status == 429);
        if (limited < 0 || limited == tries.Count - 1)
            return Verdict.Fail($"Règle EX-23 (Retry-After) — la facture « {numFactureTiers} » devait être renvoyée après le 429 ; essais : {string.Join(", ", tries.Select(t => t.Status))}.", tries);
        var waited = tries[limited + 1].ReceivedAt - tries[limited].ReceivedAt;
        return waited >= retryAfter - TimerResolution
            ? Verdict.Pass
            : Verdict.Fail($"Règle EX-23 (RFC 9110 §10.2.3, CGU art. 4.3) — après un 429 avec Retry-After {retryAfter.TotalSeconds:0} s, le logiciel a renvoyé au bout de {waited.TotalMilliseconds:0} ms.",
                tries.Skip(limited).Take(2));
    }

    /// <summary>
    /// In the window of the last synchronisation, the software asked about no demande it had already seen settled
    /// (from the answers it received before that window).
    /// </summary>
    public static Verdict NoSettledPolled(IReadOnlyList<WireExchange> wire, long from, long to)
    {
        var settled = new HashSet<string>();
        foreach (var answer in wire.Where(e => e.Seq <= from && e.Is("POST", WireExchange.SearchPath) && e.Status == 200))
            foreach (var info in answer.ResponseJson()?["infoDemandePaiements"]?.AsArray() ?? [])
                if (info?["statut"]?["code"].AsText() is { } code && Settled.Contains(code))
                {
                    if (info["idDemandePaiement"].AsText() is { } id) settled.Add(id);
                    if (info["demandePaiement"]?["numFactureTiers"].AsText() is { } numero) settled.Add(numero);
                }
        var window = wire.Where(e => e.Seq > from && e.Seq <= to && e.Is("POST", WireExchange.SearchPath)).ToList();
        var polled = window.SelectMany(e => Criteria(e).Where(settled.Contains).Select(c => (e, c))).ToList();
        return polled.Count == 0
            ? Verdict.Pass
            : Verdict.Fail($"Règle EX-21 — une demande soldée ({string.Join(", ", Settled.Order(StringComparer.Ordinal))}) ne change plus d'elle-même : la synchronisation ne doit interroger que les demandes en cours ; " +
                $"elle a interrogé {polled.Select(p => p.c).Distinct().Count()} demande(s) déjà vue(s) soldée(s) : {string.Join(", ", polled.Select(p => p.c).Distinct().Take(5))}.",
                polled.Select(p => p.e).Distinct());
    }

    private static bool Carries(WireExchange e, string numFactureTiers) =>
        e.RequestJson() is JsonArray items && items.Any(i => i?["numFactureTiers"].AsText() == numFactureTiers);

    /// <summary>The demandes a search asks about: its <c>idDemandePaiements</c> and <c>numFactureTiers</c>.</summary>
    internal static IEnumerable<string> Criteria(WireExchange search)
    {
        var body = search.RequestJson();
        foreach (var name in new[] { "idDemandePaiements", "numFactureTiers" })
            foreach (var value in body?[name] as JsonArray ?? [])
                if (value.AsText() is { } text) yield return text;
    }
}
