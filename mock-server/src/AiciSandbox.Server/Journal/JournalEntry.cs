namespace AiciSandbox.Server.Journal;

/// <summary>
/// One exchange of a tenant with the sandbox: the "Trace" of seed CGU art. 1 — "l'en-tête (header) et le contenu (payload)
/// de la Requête ainsi que de la réponse", stamped with simulated and real time. Secrets are masked.
/// </summary>
public sealed record JournalEntry(
    DateTimeOffset SimulatedAt,
    DateTimeOffset ReceivedAt,
    long DurationMs,
    string Method,
    string Path,
    string? Query,
    IReadOnlyDictionary<string, string> RequestHeaders,
    string? RequestBody,
    int Status,
    IReadOnlyDictionary<string, string> ResponseHeaders,
    string? ResponseBody,
    bool Truncated,
    string? Fault = null);
