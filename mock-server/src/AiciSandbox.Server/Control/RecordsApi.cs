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
        var routes = control.MapGroup("").WithTags("Records");
        routes.MapGet("/outbox", Outbox)
            .Doc("readOutbox", "The e-mails and SMS the real system sends")
            .Paged()
            .Param("kind", "Only messages of this kind.", "IMPAYE_ORGANISME")
            .Param("idClient", "Only messages about this particulier.")
            .Param("idDemandePaiement", "Only messages about this demande.")
            .Answers<List<OutboxView>>("The messages, in order.");
        routes.MapGet("/transitions", Transitions)
            .Doc("readTransitions", "Every status change of the tenant, in order")
            .Paged()
            .Answers<List<TransitionView>>("The transitions, in order.");
        routes.MapGet("/journal", Journal)
            .Doc("readJournal", "Every request and response of the tenant (CGU art. 4.3 traces), in order, bounded",
                "Pages forward with `after`/`limit`, or gives the latest `last` entries (oldest first); `last` does not combine with the others.")
            .Paged()
            .Param("last", "The latest N entries, oldest first (clamped to 1–1000).", 5)
            .Answers<List<JournalView>>("The entries, oldest first.")
            .Refuses(StatusCodes.Status400BadRequest, "PARAMETRES_INCOMPATIBLES");
        routes.MapDelete("/journal", ClearJournal)
            .Doc("clearJournal", "Clear the tenant's journal")
            .AnswersNothing("Cleared.");
        routes.MapGet("/personas", () => ControlResults.Ok(Domain.Simulation.Personas.All.Select(PersonaView.Of).ToList()))
            .Doc("readPersonas", "The persona table — birth names that pick an outcome")
            .Answers<List<PersonaView>>("The personas.");
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

    private static RouteHandlerBuilder Paged(this RouteHandlerBuilder route) => route
        .Param("after", "Sequence number to read after (default 0).", 0)
        .Param("limit", $"At most this many items (default 200, max {MaxPage}).", 200);

    private static int Page(int? limit) => Math.Clamp(limit ?? 200, 1, MaxPage);
}
