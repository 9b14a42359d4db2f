using AiciSandbox.Server.Auth;
using AiciSandbox.Server.Storage;

namespace AiciSandbox.Server.Control;

/// <summary>
/// What the tenant reads back: the outbox (e-mails and SMS the real system sends), the transitions (every status change),
/// the journal (every request and response, CGU art. 4.3) and the persona catalogue. Paged by sequence number.
/// </summary>
internal static class RecordsApi
{
    private const int MaxPage = 1000;

    public static RouteGroupBuilder MapRecordsApi(this RouteGroupBuilder control)
    {
        control.MapGet("/outbox", Outbox);
        control.MapGet("/transitions", Transitions);
        control.MapGet("/journal", Journal);
        control.MapDelete("/journal", ClearJournal);
        control.MapGet("/personas", () => ControlResults.Ok(Domain.Simulation.Personas.All.Select(PersonaView.Of).ToList()));
        return control;
    }

    private static async Task<IResult> Outbox(long? after, int? limit, string? kind, string? idClient, string? idDemandePaiement,
        RequestTenant tenant, ISandboxStore store, CancellationToken ct)
    {
        var items = await store.ReadOutboxAsync(tenant.Id, new OutboxQuery(after ?? 0, Page(limit), kind, idClient, idDemandePaiement), ct);
        return ControlResults.Ok(items.Select(OutboxView.Of).ToList());
    }

    private static async Task<IResult> Transitions(long? after, int? limit, RequestTenant tenant, ISandboxStore store, CancellationToken ct) =>
        ControlResults.Ok((await store.ReadTransitionsAsync(tenant.Id, after ?? 0, Page(limit), ct))
            .Select(t => TransitionView.Of(t.Item) with { Seq = t.Seq }).ToList());

    /// <summary>Pages forward from <c>after</c>, or, with <c>last</c>, the latest entries (oldest first): "what just happened".</summary>
    private static async Task<IResult> Journal(long? after, int? limit, int? last, RequestTenant tenant, ISandboxStore store, CancellationToken ct)
    {
        if (last is not null && (after is not null || limit is not null))
            return ControlResults.Problem(StatusCodes.Status400BadRequest, "PARAMETRES_INCOMPATIBLES", "last ne se combine pas avec after ou limit.");
        var entries = last is { } count
            ? await store.ReadJournalTailAsync(tenant.Id, Page(count), ct)
            : await store.ReadJournalAsync(tenant.Id, after ?? 0, Page(limit), ct);
        return ControlResults.Ok(entries.Select(JournalView.Of).ToList());
    }

    private static async Task<IResult> ClearJournal(RequestTenant tenant, ISandboxStore store, CancellationToken ct)
    {
        await store.ClearJournalAsync(tenant.Id, ct);
        return TypedResults.NoContent();
    }

    private static int Page(int? limit) => Math.Clamp(limit ?? 200, 1, MaxPage);
}
