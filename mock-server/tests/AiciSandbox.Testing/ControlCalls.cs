using System.Net;
using System.Text.Json.Nodes;

namespace AiciSandbox.Testing;

/// <summary>
/// The sandbox control API (<c>/sandbox/v1</c>) as a test calls it: moves of the clock, the actions of the particulier, the
/// bank and the URSSAF agent on a demande, and what the tenant reads back (outbox, transitions, journal).
/// </summary>
/// <remarks>
/// Every clock move that succeeds takes a new token afterwards, since a move of an hour or more expires the current one;
/// tests of token expiry and of the journal's exact content call <see cref="UrssafCalls.AdvanceClockAsync"/> instead.
/// </remarks>
public static class ControlCalls
{
    public const string Base = "/sandbox/v1";

    /// <summary><c>POST /clock/advance {"next":true}</c>: jumps to the next due event; returns the answer (previous, clock, transitions).</summary>
    public static Task<JsonNode> NextAsync(this SandboxApi api) => MoveAsync(api, new JsonObject { ["next"] = true });

    /// <summary><c>POST /clock/advance {"to":…}</c>.</summary>
    public static Task<JsonNode> AdvanceToAsync(this SandboxApi api, string instant) => MoveAsync(api, new JsonObject { ["to"] = instant });

    /// <summary><c>POST /clock/advance {"duration":…}</c> (ISO-8601).</summary>
    public static Task<JsonNode> AdvanceByAsync(this SandboxApi api, string duration) => MoveAsync(api, new JsonObject { ["duration"] = duration });

    /// <summary>Advances to the next due event until nothing is due any more; returns every transition, in order.</summary>
    public static async Task<IReadOnlyList<JsonNode>> RunToEndAsync(this SandboxApi api, int maxSteps = 500)
    {
        var transitions = new List<JsonNode>();
        for (var step = 0; step < maxSteps; step++)
        {
            var response = await api.AdvanceClockAsync(new JsonObject { ["next"] = true });
            if (response.StatusCode == HttpStatusCode.BadRequest)
            {
                await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "NO_DUE_EVENT");
                return transitions;
            }
            transitions.AddRange((await response.ShouldBeOkJsonAsync())["transitions"]!.AsArray().Select(t => t!.DeepClone()));
            await api.AuthenticateAsync();
        }
        throw new InvalidOperationException($"Still something due after {maxSteps} advances to the next event.");
    }

    /// <summary>Advances event by event until the demande has <paramref name="statut"/>; returns the transitions on the way.</summary>
    public static async Task<IReadOnlyList<JsonNode>> NextUntilAsync(this SandboxApi api, string idDemandePaiement, string statut, int maxSteps = 20)
    {
        var transitions = new List<JsonNode>();
        for (var step = 0; step < maxSteps && (await api.DemandeAsync(idDemandePaiement)).Text("statut") != statut; step++)
            transitions.AddRange((await api.NextAsync())["transitions"]!.AsArray().Select(t => t!.DeepClone()));
        (await api.DemandeAsync(idDemandePaiement)).Text("statut").Should().Be(statut);
        return transitions;
    }

    /// <summary>The tenant's simulated now, as <c>GET /clock</c> shows it.</summary>
    public static async Task<string> NowAsync(this SandboxApi api) => (await (await api.ClockAsync()).ShouldBeOkJsonAsync()).Text("now");

    /// <summary><c>GET /demandes/{id}</c>: the demande with its money, dates and next event.</summary>
    public static async Task<JsonNode> DemandeAsync(this SandboxApi api, string idDemandePaiement) =>
        await (await api.GetAsync($"{Base}/demandes/{Uri.EscapeDataString(idDemandePaiement)}")).ShouldBeOkJsonAsync();

    /// <summary><c>GET /particuliers/{idClient}</c>: the particulier with persona, account type and dates.</summary>
    public static async Task<JsonNode> ParticulierAsync(this SandboxApi api, string idClient) =>
        await (await api.GetAsync($"{Base}/particuliers/{Uri.EscapeDataString(idClient)}")).ShouldBeOkJsonAsync();

    /// <summary><c>POST /demandes/{id}/{action}</c>, e.g. <c>validation</c>, <c>prelevement/rejet</c>.</summary>
    public static Task<HttpResponseMessage> OnDemandeAsync(this SandboxApi api, string idDemandePaiement, string action, JsonObject? body = null) =>
        api.PostJsonAsync($"{Base}/demandes/{Uri.EscapeDataString(idDemandePaiement)}/{action}", body);

    /// <summary><c>POST /particuliers/{idClient}/{action}</c>, e.g. <c>appareillage/acceptation</c>, <c>mandat/renouvellement</c>.</summary>
    public static Task<HttpResponseMessage> OnParticulierAsync(this SandboxApi api, string idClient, string action) =>
        api.PostJsonAsync($"{Base}/particuliers/{Uri.EscapeDataString(idClient)}/{action}", null);

    /// <summary>The particulier validates the demande (seed CGU art. 4.5.2).</summary>
    public static Task<HttpResponseMessage> ValiderAsync(this SandboxApi api, string id) => api.OnDemandeAsync(id, "validation");

    /// <summary>The particulier contests the demande with a REGUL_* or CONTEST_* motive and a comment.</summary>
    public static Task<HttpResponseMessage> ContesterAsync(this SandboxApi api, string id, string code, string? commentaire = "Deux heures facturées, une seule faite.") =>
        api.OnDemandeAsync(id, "contestation", Motif(code, commentaire));

    /// <summary>The particulier's bank rejects the debit (seed CGU art. 4.5.5).</summary>
    public static Task<HttpResponseMessage> RejeterPrelevementAsync(this SandboxApi api, string id) => api.OnDemandeAsync(id, "prelevement/rejet");

    /// <summary>The particulier settles the impayé before URSSAF recovers it from the provider.</summary>
    public static Task<HttpResponseMessage> RegulariserAsync(this SandboxApi api, string id) => api.OnDemandeAsync(id, "impaye/regularisation");

    /// <summary>A URSSAF agent cancels the demande with an ANNUL_* motive (art. 4.5.6, decision D11).</summary>
    public static Task<HttpResponseMessage> AnnulerAsync(this SandboxApi api, string id, string code = "ANNUL_ERR_MNT", string? commentaire = "Montant saisi deux fois.") =>
        api.OnDemandeAsync(id, "annulation", Motif(code, commentaire));

    /// <summary>Plays an action that must be accepted; returns the answer (transitions and the object afterwards).</summary>
    public static async Task<JsonNode> ShouldBeAcceptedAsync(this Task<HttpResponseMessage> action) => await (await action).ShouldBeOkJsonAsync();

    /// <summary><c>GET /outbox</c> with an optional query (<c>kind=VIREMENT&amp;after=3</c>).</summary>
    public static Task<JsonArray> OutboxAsync(this SandboxApi api, string query = "") => ListAsync(api, "outbox", query);

    /// <summary><c>GET /transitions</c>.</summary>
    public static Task<JsonArray> TransitionsAsync(this SandboxApi api, string query = "") => ListAsync(api, "transitions", query);

    /// <summary><c>GET /journal</c> (not journaled itself).</summary>
    public static Task<JsonArray> JournalAsync(this SandboxApi api, string query = "") => ListAsync(api, "journal", query);

    /// <summary>The demande as <c>POST /demandePaiement/rechercher</c> shows it (<c>InfoDemandePaiement</c>).</summary>
    public static async Task<JsonNode> InfoDemandeAsync(this SandboxApi api, string idDemandePaiement)
    {
        var found = (await (await api.RechercherParIdsAsync(idDemandePaiement)).ShouldBeOkJsonAsync())["infoDemandePaiements"]!.AsArray();
        found.Should().ContainSingle();
        return found[0]!;
    }

    /// <summary>The particulier's <c>statut.code</c> as <c>GET /particulier</c> shows it.</summary>
    public static async Task<string> StatutParticulierAsync(this SandboxApi api, string idClient) =>
        (await (await api.StatutAsync(idClient)).ShouldBeOkJsonAsync()).Text("statut.code");

    public static JsonObject Motif(string code, string? commentaire) => new() { ["code"] = code, ["commentaire"] = commentaire };

    private static async Task<JsonNode> MoveAsync(SandboxApi api, JsonObject body)
    {
        var moved = await (await api.AdvanceClockAsync(body)).ShouldBeOkJsonAsync();
        await api.AuthenticateAsync();
        return moved;
    }

    private static async Task<JsonArray> ListAsync(SandboxApi api, string what, string query) =>
        (await (await api.GetAsync($"{Base}/{what}{(query.Length == 0 ? "" : "?" + query)}")).ShouldBeOkJsonAsync()).AsArray();
}
