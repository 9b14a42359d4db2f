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

    private static async Task<IResult> Journal(long? after, int? limit, RequestTenant tenant, ISandboxStore store, CancellationToken ct) =>
        ControlResults.Ok((await store.ReadJournalAsync(tenant.Id, after ?? 0, Page(limit), ct))
            .Select(JournalView.Of).ToList());

    private static async Task<IResult> ClearJournal(RequestTenant tenant, ISandboxStore store, CancellationToken ct)
    {
        await store.ClearJournalAsync(tenant.Id, ct);
        return TypedResults.NoContent();
    }

    private static int Page(int? limit) => Math.Clamp(limit ?? 200, 1, MaxPage);
}
