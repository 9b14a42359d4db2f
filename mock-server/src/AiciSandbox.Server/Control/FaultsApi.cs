using AiciSandbox.Server.Auth;
using AiciSandbox.Server.Faults;
using AiciSandbox.Server.Storage;

namespace AiciSandbox.Server.Control;

/// <summary>
/// Fault injection: arm a 503/500 answer, a cut connection after processing, or a delay on the tenant's next calls to an
/// URSSAF operation — how the conformance kit checks retries with back-off and the absence of duplicate demandes.
/// </summary>
internal static class FaultsApi
{
    public static RouteGroupBuilder MapFaultsApi(this RouteGroupBuilder control)
    {
        var routes = control.MapGroup("").WithTags("Faults");
        routes.MapPost("/faults", Arm)
            .Doc("armFault", "Arm a fault on the tenant's next calls to an URSSAF operation", """
                `status` answers at once with the status (503 without body by default; 500 with an `ERREUR_TECHNIQUE` array; 429
                with `Retry-After` if given) without processing the call. `drop` processes the call (data committed) and cuts the
                connection, as a timeout would: an integrator that simply resends creates a duplicate (`ERR_FACTURE_DOUBLON`).
                `delay` answers normally after `delayMs` of real time. Each firing uses up one of `count` calls and is marked in
                the journal (`fault`).
                """)
            .Body(optional: false, ("unavailable", new FaultRequest("demandePaiement", "status", 503, null, null, 2)),
                ("cut", new FaultRequest("demandePaiement", "drop", null, null, null, 1)),
                ("slow", new FaultRequest("rechercher", "delay", null, 2000, null, 1)))
            .Answers<Fault>("Armed.", StatusCodes.Status201Created)
            .Refuses(StatusCodes.Status400BadRequest, "INVALID_BODY", "INVALID_FAULT");
        routes.MapGet("/faults", async (RequestTenant tenant, ISandboxStore store, CancellationToken ct) =>
                ControlResults.Ok(await store.ListFaultsAsync(tenant.Id, ct)))
            .Doc("listFaults", "The faults still armed")
            .Answers<List<Fault>>("The armed faults.");
        routes.MapDelete("/faults", async (RequestTenant tenant, ISandboxStore store, CancellationToken ct) =>
            {
                await store.ClearFaultsAsync(tenant.Id, ct);
                return TypedResults.NoContent();
            })
            .Doc("clearFaults", "Disarm every fault")
            .AnswersNothing("Cleared.");
        return control;
    }

    private static async Task<IResult> Arm(HttpRequest http, RequestTenant tenant, ISandboxStore store, TimeProvider realTime, CancellationToken ct)
    {
        var (request, error) = await ControlBody.ReadAsync<FaultRequest>(http, "fault", ct);
        if (error is not null) return error;
        var fault = Build(request!);
        if (fault.Refusal is { } refusal) return ControlResults.Problem(StatusCodes.Status400BadRequest, "INVALID_FAULT", refusal);
        await store.AddFaultAsync(tenant.Id, fault.Fault!, realTime.GetUtcNow(), ct);
        return ControlResults.Created(fault.Fault);
    }

    private static (Fault? Fault, string? Refusal) Build(FaultRequest r)
    {
        var operation = r.Operation ?? "any";
        if (!Fault.Operations.Contains(operation)) return (null, $"operation : une de {string.Join(", ", Fault.Operations)}.");
        FaultKind? kind = r.Kind?.ToLowerInvariant() switch { null or "status" => FaultKind.Status, "drop" => FaultKind.Drop, "delay" => FaultKind.Delay, _ => null };
        if (kind is null) return (null, "kind : status, drop ou delay.");
        if (kind == FaultKind.Status && r.Status is { } status && status is < 400 or > 599) return (null, "status : un code HTTP 4xx ou 5xx.");
        if (kind == FaultKind.Delay && r.DelayMs is not (> 0 and <= Fault.MaxDelayMs)) return (null, $"delayMs : entre 1 et {Fault.MaxDelayMs}.");
        if (r.Count is < 1 or > 1000) return (null, "count : entre 1 et 1000.");
        if (r.RetryAfterSeconds is < 0 or > MaxRetryAfterSeconds) return (null, $"retryAfterSeconds : entre 0 et {MaxRetryAfterSeconds}.");
        if (r.RetryAfterSeconds is not null && kind != FaultKind.Status) return (null, "retryAfterSeconds : seulement avec kind=status.");
        if (r.Probability is { } p && !(p > 0 && p <= 1)) return (null, "probability : entre 0 (exclu) et 1.");
        if (r.JitterMs is < 0 || r.JitterMs + (kind == FaultKind.Delay ? r.DelayMs ?? 0 : 0) > Fault.MaxDelayMs)
            return (null, $"jitterMs : positif, et delayMs + jitterMs ≤ {Fault.MaxDelayMs}.");
        return (new Fault("flt_" + Guid.NewGuid().ToString("N")[..12], operation, kind.Value,
            kind == FaultKind.Status ? r.Status ?? StatusCodes.Status503ServiceUnavailable : null,
            kind == FaultKind.Delay ? r.DelayMs : null, r.RetryAfterSeconds, r.Count ?? 1)
        {
            Probability = r.Probability,
            Seed = r.Seed ?? Random.Shared.Next(),
            JitterMs = r.JitterMs is > 0 ? r.JitterMs : null,
        }, null);
    }

    /// <summary>One day: a longer wait is no longer a back-off an integrator can be tested on.</summary>
    private const int MaxRetryAfterSeconds = 86_400;
}

/// <summary>Body of <c>POST /sandbox/v1/faults</c>; <c>seed</c> absent: one is drawn and returned, to replay the same run.</summary>
internal sealed record FaultRequest(string? Operation, string? Kind, int? Status, int? DelayMs, int? RetryAfterSeconds, int? Count,
    double? Probability = null, int? Seed = null, int? JitterMs = null);
