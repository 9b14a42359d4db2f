using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace AiciSandbox.Conformance.Kit.Sandbox;

/// <summary>
/// The sandbox's control API (openapi/sandbox-control.v1.yaml) as the kit uses it for one tenant: clock, actions of the
/// particulier, the bank and the URSSAF agent, faults, finding ids, and the journal. The kit authenticates with the
/// tenant's own credentials and renews its token when the simulated clock has made it expire.
/// </summary>
public sealed class SandboxControl(HttpClient http, SandboxTenant tenant)
{
    private string? _token;

    public SandboxTenant Tenant { get; } = tenant;

    /// <summary>The sandbox's address.</summary>
    public Uri BaseUrl => http.BaseAddress!;

    /// <summary>The scope of the control API's tokens.</summary>
    public const string ControlScope = "sandbox.control";

    /// <summary>
    /// Creates a tenant whose clock is manual and stopped at <paramref name="start"/>, on the authority of an existing
    /// tenant (<paramref name="bootstrap"/>: by default the sandbox's default tenant).
    /// </summary>
    public static async Task<SandboxTenant> CreateTenantAsync(HttpClient http, SandboxCredentials bootstrap, string label, DateTimeOffset start, CancellationToken ct)
    {
        var body = new { label, clock = new { start = start.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"), mode = "manual" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/sandbox/v1/tenants") { Content = KitHttp.JsonBody(body) };
        var tokenUrl = new Uri(http.BaseAddress!, "/api/oauth/v1/token");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(http, tokenUrl, bootstrap, ct));
        using var response = await http.SendAsync(request, ct);
        var created = await KitHttp.ReadJsonAsync(response, "Création du tenant du bac à sable", ct);
        return new SandboxTenant(Text(created, "tenantId"), Text(created, "clientId"), Text(created, "clientSecret"),
            Text(created, "tokenUrl"), Text(created, "apiBaseUrl"));
    }

    public async Task<DateTimeOffset> NowAsync(CancellationToken ct) =>
        DateTimeOffset.Parse(Text(await GetAsync("/sandbox/v1/clock", "Lecture de l'horloge", ct), "now"), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Advances the clock by an ISO-8601 duration; answers the transitions that happened.</summary>
    public Task<JsonNode> AdvanceAsync(string isoDuration, CancellationToken ct) =>
        PostAsync("/sandbox/v1/clock/advance", new { duration = isoDuration }, $"Avance de l'horloge de {isoDuration}", ct);

    public async Task<IReadOnlyList<JsonNode>> PersonasAsync(CancellationToken ct) =>
        (await GetAsync("/sandbox/v1/personas", "Lecture des personas", ct)).AsArray().Select(p => p!).ToList();

    /// <summary>The particuliers registered with this e-mail address (how the kit finds the idClient the software received).</summary>
    public async Task<IReadOnlyList<JsonNode>> ParticuliersByEmailAsync(string email, CancellationToken ct) =>
        (await GetAsync("/sandbox/v1/particuliers?email=" + Uri.EscapeDataString(email), $"Recherche du particulier {email}", ct))
        .AsArray().Select(p => p!).ToList();

    /// <summary>The demandes of this invoice number (how the kit finds the idDemandePaiement the software received).</summary>
    public async Task<IReadOnlyList<JsonNode>> DemandesByNumeroAsync(string numFactureTiers, CancellationToken ct) =>
        (await GetAsync("/sandbox/v1/demandes?numFactureTiers=" + Uri.EscapeDataString(numFactureTiers), $"Recherche de la demande {numFactureTiers}", ct))
        .AsArray().Select(d => d!).ToList();

    public Task<JsonNode> OnParticulierAsync(string idClient, string action, CancellationToken ct) =>
        PostAsync($"/sandbox/v1/particuliers/{Uri.EscapeDataString(idClient)}/{action}", null, $"Action « {action} » du particulier {idClient}", ct);

    public Task<JsonNode> OnDemandeAsync(string idDemandePaiement, string action, object? body, CancellationToken ct) =>
        PostAsync($"/sandbox/v1/demandes/{Uri.EscapeDataString(idDemandePaiement)}/{action}", body, $"Action « {action} » sur la demande {idDemandePaiement}", ct);

    /// <summary>Arms a fault on an URSSAF operation (see the control contract's <c>Fault</c>).</summary>
    public Task<JsonNode> ArmFaultAsync(object fault, CancellationToken ct) => PostAsync("/sandbox/v1/faults", fault, "Programmation d'une panne", ct);

    /// <summary><c>PUT /sandbox/v1/rate-limits</c>: the tenant's real limits (429 beyond), not an armed fault.</summary>
    public Task<JsonNode> SetRateLimitsAsync(object limits, CancellationToken ct) =>
        SendAsync(HttpMethod.Put, "/sandbox/v1/rate-limits", limits, "Limite de débit du tenant", ct);

    /// <summary>Journal entries after sequence number <paramref name="after"/>, every page read.</summary>
    public async Task<IReadOnlyList<JsonNode>> JournalAsync(long after, CancellationToken ct)
    {
        var entries = new List<JsonNode>();
        while (true)
        {
            var page = (await GetAsync($"/sandbox/v1/journal?after={after}&limit=1000", "Lecture du journal", ct)).AsArray();
            if (page.Count == 0) return entries;
            entries.AddRange(page.Select(e => e!));
            after = page[^1]!["seq"]!.GetValue<long>();
        }
    }

    private Task<JsonNode> GetAsync(string path, string what, CancellationToken ct) => SendAsync(HttpMethod.Get, path, null, what, ct);

    private Task<JsonNode> PostAsync(string path, object? body, string what, CancellationToken ct) => SendAsync(HttpMethod.Post, path, body, what, ct);

    private async Task<JsonNode> SendAsync(HttpMethod method, string path, object? body, string what, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, path);
            if (body is not null) request.Content = KitHttp.JsonBody(body);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer",
                _token ??= await TokenAsync(http, new Uri(Tenant.TokenUrl), new SandboxCredentials(Tenant.ClientId, Tenant.ClientSecret), ct));
            using var response = await http.SendAsync(request, ct);
            if (response.StatusCode == HttpStatusCode.Unauthorized && attempt == 0)
            {
                _token = null; // the simulated clock made it expire: take a new one
                continue;
            }
            return await KitHttp.ReadJsonAsync(response, what, ct);
        }
    }

    private static async Task<string> TokenAsync(HttpClient http, Uri tokenUrl, SandboxCredentials credentials, CancellationToken ct)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = credentials.ClientId,
            ["client_secret"] = credentials.ClientSecret,
            ["scope"] = ControlScope,
        });
        using var response = await http.PostAsync(tokenUrl, form, ct);
        return Text(await KitHttp.ReadJsonAsync(response, $"Jeton du kit pour le tenant {credentials.ClientId}", ct), "access_token");
    }

    private static string Text(JsonNode node, string name) =>
        node[name]?.GetValue<string>() ?? throw new KitException($"Réponse du bac à sable sans « {name} » : {node.ToJsonString()}");
}
