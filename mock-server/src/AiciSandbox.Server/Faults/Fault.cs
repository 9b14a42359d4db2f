namespace AiciSandbox.Server.Faults;

/// <summary>How an injected fault breaks a call.</summary>
public enum FaultKind
{
    /// <summary>Answer at once with an error status (503 without body, 500 with <c>ERREUR_TECHNIQUE</c>, 429…), doing nothing.</summary>
    Status,

    /// <summary>Process the call (the data is committed), then cut the connection: the client sees a timeout or a reset.</summary>
    Drop,

    /// <summary>Process the call and answer normally, but only after a delay of real time.</summary>
    Delay,
}

/// <summary>
/// A fault armed on one URSSAF operation of a tenant for the next <see cref="Remaining"/> calls — to check that an
/// integrator retries with back-off and never sends a demande twice (the gateway documents 500 and 503 answers).
/// </summary>
public sealed record Fault(string Id, string Operation, FaultKind Kind, int? Status, int? DelayMs, int? RetryAfterSeconds, int Remaining)
{
    /// <summary>The chance that a matching call fires the fault, in ]0, 1]; null: every matching call does.</summary>
    public double? Probability { get; init; }

    /// <summary>Seeds the fault's draws (probability, jitter): the same seed fires on the same calls, run after run.</summary>
    public int Seed { get; init; }

    /// <summary>Up to this many more milliseconds of real time before the answer, drawn per call.</summary>
    public int? JitterMs { get; init; }

    /// <summary>How many matching calls the fault has seen (fired or not): the index of the next draw.</summary>
    public long Calls { get; init; }

    /// <summary>The fault after one more matching call, and whether that call fires it; <c>Next</c> is null once it is used up.</summary>
    public (Fault? Next, bool Fires) Taken()
    {
        var fires = FaultDraw.Fires(Probability, Seed, Calls);
        var next = this with { Calls = Calls + 1, Remaining = fires ? Remaining - 1 : Remaining };
        return (next.Remaining > 0 ? next : null, fires);
    }

    /// <summary>The real time this firing waits before answering: the delay of a delay fault plus the drawn jitter.</summary>
    public TimeSpan Wait() => TimeSpan.FromMilliseconds((Kind == FaultKind.Delay ? DelayMs ?? 0 : 0) + FaultDraw.Jitter(JitterMs, Seed, Calls));

    /// <summary>The operations a fault can target.</summary>
    public static readonly IReadOnlySet<string> Operations = new HashSet<string>(StringComparer.Ordinal)
    {
        "token", "inscription", "statut", "demandePaiement", "rechercher", "any",
    };

    /// <summary>Longest delay a fault may impose: enough to pass a client's timeout, bounded so runs stay short.</summary>
    public const int MaxDelayMs = 30_000;

    /// <summary>The operation of a request on the URSSAF surface, as faults name it.</summary>
    public static string? OperationOf(HttpRequest request)
    {
        var path = request.Path.Value ?? "";
        return (request.Method, path) switch
        {
            ("POST", _) when path.EndsWith("/api/oauth/v1/token", StringComparison.Ordinal) => "token",
            ("POST", _) when path.EndsWith("/particulier", StringComparison.Ordinal) => "inscription",
            ("GET", _) when path.EndsWith("/particulier", StringComparison.Ordinal) => "statut",
            ("POST", _) when path.EndsWith("/demandePaiement", StringComparison.Ordinal) => "demandePaiement",
            ("POST", _) when path.EndsWith("/demandePaiement/rechercher", StringComparison.Ordinal) => "rechercher",
            _ => null,
        };
    }
}
