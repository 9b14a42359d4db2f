namespace AiciSandbox.ReferenceIntegrator;

/// <summary>
/// One realistic bug a defective integrator carries. The reference integrator has none; each defect is aimed at by a
/// conformance scenario that must fail because of it.
/// </summary>
public enum Defect
{
    /// <summary>Asks for a new token before every call instead of reusing it for its hour.</summary>
    TokenEveryCall,

    /// <summary>Keeps its first token forever: after expiry every call gets 401 and it gives up.</summary>
    NeverRenewsToken,

    /// <summary>After a cut connection it sends the same demande again instead of checking whether it arrived.</summary>
    ResendsAfterTimeout,

    /// <summary>Takes a 200 answer as success even when the item carries <c>errors</c>.</summary>
    IgnoresItemErrors,

    /// <summary>Sends all invoices in one call, whatever their number (more than 10 is refused).</summary>
    SendsAllInOneCall,

    /// <summary>Stops following a demande once it is waiting for the particulier (20), so it never sees the 48 h auto-validation.</summary>
    StopsPollingAt20,

    /// <summary>Gives up at the first 503/500 instead of retrying with back-off.</summary>
    NoRetry,

    /// <summary>Writes dates with an offset (<c>+00:00</c>), as a default JSON serializer does, instead of <c>Z</c>.</summary>
    OffsetDates,

    /// <summary>Polls every demande it ever sent, finished ones included, at every synchronisation.</summary>
    PollsFinishedDemandes,

    /// <summary>Sends the employment period as days at midnight UTC, losing its hours: URSSAF accepts it, but it is not what was invoiced.</summary>
    EmploymentDatesAtMidnight,

    /// <summary>Polls a chunk of demandes again at once whenever a status changed, "until it is stable": twice per demande and synchronisation.</summary>
    PollsUntilStable,

    /// <summary>Treats every error answer as transient: a 400 refusal (ERR_RECHERCHE_VIDE, an eligibility refusal…) is retried four times.</summary>
    RetriesRefusals,

    /// <summary>"Makes sure" the customer is registered before each sending of invoices: a second inscription, whose refusal it ignores.</summary>
    ReregistersBeforeEachInvoice,

    /// <summary>On 401 renews its token and retries, again and again while URSSAF answers 401 (its only bound is 50 turns).</summary>
    RenewsTokenForeverOn401,

    /// <summary>Recomputes each line's TTC as quantity × unit price with <c>Math.Round</c>'s default (half to even): 18.525 becomes 18.52, not 18.53.</summary>
    RoundsHalfToEven,

    /// <summary>Keeps quantities as whole hours (1.5 h → 2 h) and spreads the line's amount over them: URSSAF accepts it, but it is not what was invoiced.</summary>
    QuantityAsWholeHours,

    /// <summary>Sends the invoice's date as the acompte's payment date (<c>dateVersementAcompte</c>), losing the date the acompte was paid.</summary>
    AcompteDateIsInvoiceDate,

    /// <summary>Deducts the acompte from the invoice total it sends (<c>mntFactureTTC</c>), which URSSAF refuses: the total must be the invoice's.</summary>
    AcompteDeductedFromTotal,

    /// <summary>Stores one nature per invoice: every line goes out with the first line's <c>codeNature</c>.</summary>
    OneNatureForAllLines,

    /// <summary>Sends the birth date as the UTC date of its Paris midnight (29 March → <c>1980-03-28T00:00:00Z</c>): a day early.</summary>
    BirthDateShiftedToUtc,
}

/// <summary>Defect names as the command line and the kit write them: <c>token-every-call</c>, <c>no-retry</c>…</summary>
public static class Defects
{
    public static string NameOf(Defect defect) =>
        string.Concat(defect.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    public static IReadOnlySet<Defect> Parse(IEnumerable<string> names)
    {
        var byName = Enum.GetValues<Defect>().ToDictionary(NameOf);
        return names.SelectMany(n => n.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(n => byName.TryGetValue(n, out var d) ? d : throw new ArgumentException($"Unknown defect '{n}'. Known: {string.Join(", ", byName.Keys)}"))
            .ToHashSet();
    }
}
