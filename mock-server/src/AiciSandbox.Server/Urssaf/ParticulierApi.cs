using AiciSandbox.Domain.Errors;
using AiciSandbox.Domain.Particuliers;
using AiciSandbox.Domain.Simulation;
using AiciSandbox.Server.Auth;
using AiciSandbox.Server.Json;
using AiciSandbox.Server.Storage;
using AiciSandbox.Server.Web;

namespace AiciSandbox.Server.Urssaf;

/// <summary>
/// The particulier operations of the URSSAF surface: inscription (M010, <c>POST /particulier</c>) and account status
/// (M020, <c>GET /particulier</c>).
/// </summary>
internal static class ParticulierApi
{
    public static RouteGroupBuilder MapParticulierApi(this RouteGroupBuilder api)
    {
        api.MapPost("/particulier", Register);
        api.MapGet("/particulier", Status);
        return api;
    }

    private static async Task<IResult> Register(
        HttpRequest http, RequestTenant tenant, TenantSessions sessions, SpacePasswords passwords, CancellationToken ct)
    {
        var (request, bodyError) = await JsonBody.ReadAsync<InscriptionRequest>(http, InscriptionFormat.Root, ct);
        if (bodyError is not null) return UrssafResults.From(bodyError);

        var checkedRequest = Inscriptions.Check(request!, tenant.Now);
        if (!checkedRequest.IsAccepted) return UrssafResults.BadRequest(checkedRequest.Errors);
        var candidate = checkedRequest.Value!;

        var registration = await sessions.RunAsync(tenant.Id, async session =>
        {
            var existing = await session.FindParticuliersByIdentityOrContactAsync(
                tenant.Id, candidate.IdentityKey, candidate.AdresseMail, candidate.Telephone, ct);
            var decided = Inscriptions.Register(candidate, existing, tenant.Now, ParticulierId.New);
            if (!decided.IsAccepted) return decided;
            // Her space opens with a provisional password that the outbox sends her (docs/decisions.md, web pages).
            // In the same transaction: a particulier is never registered without the access her e-mail announces.
            var (access, passwordEmail) = passwords.Issue(decided.Value!, tenant.Now);
            await session.AddParticuliersAsync(tenant.Id, new EngineResult([decided.Value!], [], [],
                [.. Notifications.Inscription(decided.Value!, tenant.Now), passwordEmail]), ct);
            await session.SaveSpaceAccessAsync(tenant.Id, access, ct);
            return decided;
        }, ct);
        if (!registration.IsAccepted) return UrssafResults.BadRequest(registration.Errors);
        return UrssafResults.Ok(new OutputParticulierDto(registration.Value!.Id.Value));
    }

    private static async Task<IResult> Status(
        string? idClient, string? adresseMail, RequestTenant tenant, ISandboxStore store, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(idClient) && string.IsNullOrWhiteSpace(adresseMail))
            return UrssafResults.BadRequest(ErrorCatalog.Validation("idClient", "idClient ou adresseMail doit être renseigné"));

        var matches = string.IsNullOrWhiteSpace(idClient)
            ? (await store.FindParticuliersByEmailAsync(tenant.Id, adresseMail!, ct)).Where(p => p.Statut != ParticulierStatus.AssociationRompue).ToList()
            : await FindById(store, tenant, idClient, adresseMail, ct);
        return matches.Count switch
        {
            1 => UrssafResults.Ok(OutputParticulierSimpleDto.Of(matches[0])),
            0 => UrssafResults.BadRequest(ErrorCatalog.Error(ErrorCodes.RechercheParticulier)),
            _ => UrssafResults.BadRequest(ErrorCatalog.Error(ErrorCodes.RechercheParticulier,
                "Plusieurs particuliers correspondent à cette adresse mail : précisez idClient.")),
        };
    }

    /// <summary>By id; when the e-mail is given too it must be the particulier's (both criteria apply).</summary>
    private static async Task<IReadOnlyList<Particulier>> FindById(
        ISandboxStore store, RequestTenant tenant, string idClient, string? adresseMail, CancellationToken ct)
    {
        var found = await store.FindParticulierAsync(tenant.Id, idClient.Trim(), ct);
        if (found?.Statut == ParticulierStatus.AssociationRompue) return [];
        var emailMatches = string.IsNullOrWhiteSpace(adresseMail)
            || string.Equals(found?.Inscription.AdresseMail, adresseMail.Trim(), StringComparison.OrdinalIgnoreCase);
        return found is not null && emailMatches ? [found] : [];
    }
}
