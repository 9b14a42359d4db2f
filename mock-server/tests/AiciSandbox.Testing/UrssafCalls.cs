using System.Text.Json.Nodes;

namespace AiciSandbox.Testing;

/// <summary>The URSSAF and control operations a test calls, named as the integrator's method book names them (M010…M070).</summary>
public static class UrssafCalls
{
    public const string Particulier = SandboxApi.Urssaf + "/particulier";
    public const string DemandePaiement = SandboxApi.Urssaf + "/demandePaiement";
    public const string Rechercher = SandboxApi.Urssaf + "/demandePaiement/rechercher";

    /// <summary>M010: <c>POST /particulier</c>.</summary>
    public static Task<HttpResponseMessage> InscrireAsync(this SandboxApi api, JsonObject particulier) =>
        api.PostJsonAsync(Particulier, particulier);

    /// <summary>M020: <c>GET /particulier?idClient=…&amp;adresseMail=…</c> (absent parameters are left out).</summary>
    public static Task<HttpResponseMessage> StatutAsync(this SandboxApi api, string? idClient = null, string? adresseMail = null)
    {
        var query = new List<string>();
        if (idClient is not null) query.Add($"idClient={Uri.EscapeDataString(idClient)}");
        if (adresseMail is not null) query.Add($"adresseMail={Uri.EscapeDataString(adresseMail)}");
        return api.GetAsync(query.Count == 0 ? Particulier : $"{Particulier}?{string.Join('&', query)}");
    }

    /// <summary>M050: <c>POST /demandePaiement</c> with the given items, in order.</summary>
    public static Task<HttpResponseMessage> TransmettreAsync(this SandboxApi api, params JsonObject[] demandes) =>
        api.PostJsonAsync(DemandePaiement, new JsonArray(demandes.Select(d => (JsonNode)d).ToArray()));

    /// <summary>M070: <c>POST /demandePaiement/rechercher</c>.</summary>
    public static Task<HttpResponseMessage> RechercherAsync(this SandboxApi api, JsonObject criteres) =>
        api.PostJsonAsync(Rechercher, criteres);

    public static Task<HttpResponseMessage> RechercherParNumerosAsync(this SandboxApi api, params string[] numeros) =>
        api.RechercherAsync(new JsonObject { ["numFactureTiers"] = Strings(numeros) });

    public static Task<HttpResponseMessage> RechercherParIdsAsync(this SandboxApi api, params string[] ids) =>
        api.RechercherAsync(new JsonObject { ["idDemandePaiements"] = Strings(ids) });

    /// <summary>Transmits one demande that must be accepted; returns its idDemandePaiement.</summary>
    public static async Task<string> TransmettreAccepteeAsync(this SandboxApi api, JsonObject demande)
    {
        var response = await api.TransmettreAsync(demande);
        var item = (await response.ShouldBeOkJsonAsync())[0]!;
        item["errors"].Should().BeNull(item.ToJsonString());
        return item["idDemandePaiement"]!.GetValue<string>();
    }

    /// <summary>The particulier activates the account (control API, plays the particulier's action).</summary>
    public static Task<HttpResponseMessage> ActiverAsync(this SandboxApi api, string idClient) =>
        api.PostJsonAsync($"/sandbox/v1/particuliers/{Uri.EscapeDataString(idClient)}/activation", null);

    /// <summary>Moves the clock without taking a new token (expiry tests).</summary>
    public static Task<HttpResponseMessage> AdvanceClockAsync(this SandboxApi api, JsonObject body) =>
        api.PostJsonAsync("/sandbox/v1/clock/advance", body);

    public static Task<HttpResponseMessage> ClockAsync(this SandboxApi api) => api.GetAsync("/sandbox/v1/clock");

    /// <summary>POSTs any content (raw bytes, another media type, a chunked stream) with the tenant's token.</summary>
    public static async Task<HttpResponseMessage> PostContentAsync(this SandboxApi api, string path, HttpContent? content)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (api.Token is not null) request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", api.Token);
        return await api.Http.SendAsync(request);
    }

    /// <summary>POSTs <paramref name="json"/> as written (it may be invalid JSON) with <c>Content-Type: application/json</c>.</summary>
    public static Task<HttpResponseMessage> PostRawJsonAsync(this SandboxApi api, string path, string json) =>
        api.PostContentAsync(path, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

    public static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());
}
