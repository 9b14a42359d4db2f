namespace AiciSandbox.Conformance.Kit.Wire;

/// <summary>
/// How the software uses its OAuth token (EX-01 to EX-03, decision D9): obtained once, reused for its lifetime — the
/// <c>expires_in</c> of the token answer, read on the wire — and renewed after expiry.
/// </summary>
public static class TokenJudge
{
    /// <summary>The software obtained exactly <paramref name="expected"/> tokens.</summary>
    public static Verdict Obtained(IReadOnlyList<WireExchange> wire, int expected)
    {
        var tokens = wire.Where(e => e.IsToken && e.Status == 200).ToList();
        return Verdict.When(tokens.Count == expected, () =>
            $"Règle EX-02 (CGU art. 4.3, quotas) — un jeton vaut {(Lifetime(tokens.FirstOrDefault()) is { } life ? $"{life.TotalSeconds:0} s" : "sa durée de vie")} (expires_in) et doit être réutilisé ; " +
            $"le logiciel a obtenu {tokens.Count} jeton(s), {expected} attendu(s) " +
            $"(aux instants simulés {string.Join(", ", tokens.Select(t => t.SimulatedAt.ToString("HH:mm:ss")))}), pour {wire.Count(e => e.IsApiCall)} appel(s) à l'API.", tokens);
    }

    /// <summary>No call to the API was refused for its token (401 or 403).</summary>
    public static Verdict AllCallsAuthorised(IReadOnlyList<WireExchange> wire)
    {
        var refused = wire.Where(e => e.IsApiCall && e.Status is 401 or 403).ToList();
        var unauthenticated = wire.Where(e => e.IsApiCall && e.TokenFingerprint is null).ToList();
        return Verdict.When(refused.Count == 0 && unauthenticated.Count == 0, () =>
            $"Règle EX-01 — chaque appel à l'API porte un jeton valide ; {refused.Count} appel(s) refusé(s) pour leur jeton, " +
            $"{unauthenticated.Count} sans jeton.", refused.Concat(unauthenticated));
    }

    /// <summary>
    /// Once its token expired (on the sandbox's clock, <c>expires_in</c> after it was issued), the software took a new one
    /// and its calls succeeded with it: either it renewed before using the expired token, or it renewed after the first 401
    /// and did not get another.
    /// </summary>
    public static Verdict RenewedAfterExpiry(IReadOnlyList<WireExchange> wire)
    {
        var tokens = wire.Where(e => e.IsToken && e.Status == 200).ToList();
        if (tokens.Count == 0) return Verdict.Fail("Règle EX-01 — le logiciel n'a obtenu aucun jeton.", []);
        var first = tokens[0];
        if (Lifetime(first) is not { } lifetime)
            return Verdict.Fail($"La réponse de jeton #{first.Seq} ne porte pas expires_in : le kit ne peut pas dater l'expiration.", [first]);
        var expiry = first.SimulatedAt + lifetime;
        var later = wire.Where(e => e.Seq > first.Seq && e.SimulatedAt >= expiry).ToList();
        var renewal = later.FirstOrDefault(e => e.IsToken && e.Status == 200);
        var callsAfterExpiry = later.Where(e => e.IsApiCall).ToList();
        if (callsAfterExpiry.Count == 0)
            return Verdict.Fail("Le scénario attendait des appels à l'API après l'expiration du jeton ; le logiciel n'en a fait aucun.", later);
        if (renewal is null)
            return Verdict.Fail($"Règle EX-03 (décision D9) — le jeton obtenu à {first.SimulatedAt:HH:mm:ss} a expiré à {expiry:HH:mm:ss} (expires_in, horloge de l'URSSAF) ; " +
                $"le logiciel ne l'a pas renouvelé : {callsAfterExpiry.Count(e => e.Status == 401)} appel(s) refusé(s) en 401 après l'expiration.", callsAfterExpiry);
        var refusedAfterRenewal = callsAfterExpiry.Where(e => e.Seq > renewal.Seq && e.Status == 401).ToList();
        var usedNew = callsAfterExpiry.Any(e => e.Seq > renewal.Seq && e.Status != 401 && e.TokenFingerprint == renewal.TokenFingerprint);
        return Verdict.When(refusedAfterRenewal.Count == 0 && usedNew, () =>
            $"Règle EX-03 — après le renouvellement, les appels doivent porter le nouveau jeton ; {refusedAfterRenewal.Count} appel(s) encore refusé(s) en 401" +
            (usedNew ? "." : ", et aucun appel n'a porté le nouveau jeton."), later);
    }

    /// <summary>The lifetime a token answer gave (<c>expires_in</c>, seconds), if it gave one.</summary>
    public static TimeSpan? Lifetime(WireExchange? tokenAnswer) =>
        tokenAnswer?.ResponseJson()?["expires_in"] is System.Text.Json.Nodes.JsonValue value && value.TryGetValue<int>(out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : null;
}
