using AiciSandbox.Domain.PaymentRequests;
using AiciSandbox.Server.Auth;
using AiciSandbox.Server.Json;
using AiciSandbox.Server.Storage;

namespace AiciSandbox.Server.Urssaf;

/// <summary>
/// The demande de paiement operations of the URSSAF surface: transmission (M050, <c>POST /demandePaiement</c>) and
/// consultation (M070, <c>POST /demandePaiement/rechercher</c>).
/// </summary>
internal static class DemandePaiementApi
{
    public static RouteGroupBuilder MapDemandePaiementApi(this RouteGroupBuilder api)
    {
        api.MapPost("/demandePaiement", Transmit);
        api.MapPost("/demandePaiement/rechercher", Search);
        return api;
    }

    private static async Task<IResult> Transmit(
        HttpRequest http, RequestTenant tenant, TenantSessions sessions, CancellationToken ct)
    {
        var (batch, bodyError) = await JsonBody.ReadAsync<List<DemandePaiementRequest?>>(http, DemandeFormat.Root, ct);
        if (bodyError is not null) return UrssafResults.From(bodyError);
        var shape = DemandeFormat.Check(batch!);
        if (shape.Count > 0) return UrssafResults.BadRequest(shape);
        var items = batch!.Select(d => d!).ToList();

        var outcomes = await sessions.RunAsync(tenant.Id, async session =>
        {
            var particuliers = await session.FindParticuliersByIdsAsync(tenant.Id, items.Select(d => d.IdClient!).Distinct().ToList(), ct);
            var existing = await session.ExistingNumerosAsync(tenant.Id, items.Select(d => d.NumFactureTiers!).Distinct().ToList(), ct);
            var retenu = await session.EligibleRetenuAsync(tenant.Id, items.Select(PlafondKey.Of).Distinct().ToList(), ct);
            var decided = DemandeSubmissions.Decide(items, particuliers.ToDictionary(p => p.Id.Value), existing, tenant.Now, retenu, DemandeId.New);
            await session.AddDemandesAsync(tenant.Id, decided.Where(o => o.Accepted is not null).Select(o => o.Accepted!).ToList(), ct);
            return decided;
        }, ct);
        return UrssafResults.Ok(outcomes.Select(OutputDemandePaiementDto.Of).ToList());
    }

    private static async Task<IResult> Search(HttpRequest http, RequestTenant tenant, ISandboxStore store, CancellationToken ct)
    {
        var (request, bodyError) = await JsonBody.ReadAsync<SearchRequest>(http, "inputRechercheDemandePaiement", ct);
        if (bodyError is not null) return UrssafResults.From(bodyError);
        var criterion = Domain.PaymentRequests.Search.Interpret(request!);
        if (!criterion.IsAccepted) return UrssafResults.BadRequest(criterion.Errors);

        var found = await store.FindDemandesAsync(tenant.Id, criterion.Value!, Domain.PaymentRequests.Search.MaxResults + 1, ct);
        var results = Domain.PaymentRequests.Search.Results(found);
        return results.IsAccepted
            ? UrssafResults.Ok(new OutputRechercheDemandePaiementDto(null, results.Value!.Select(InfoDemandePaiementDto.Of).ToList()))
            : UrssafResults.BadRequest(results.Errors);
    }
}
