using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace AiciSandbox.Bench;

/// <summary>A tenant of the sandbox as an integrator and a tester see it: its credentials, its token, its API and control API.</summary>
internal sealed class SandboxSession(HttpClient http, Uri baseUrl, string tenantId, string clientId, string clientSecret)
{
    public const string TokenPath = "/api/oauth/v1/token";
    public const string Api = "/atp/v1/tiersPrestations";
    public const string SearchPath = Api + "/demandePaiement/rechercher";
    public const string SubmitPath = Api + "/demandePaiement";

    /// <summary>Monday 2 March 2026, 08:00 UTC: every date the bench sends is valid on this timeline, whatever today is.</summary>
    public const string Start = "2026-03-02T08:00:00Z";

    public string TenantId { get; } = tenantId;
    public string ClientId { get; } = clientId;
    public string ClientSecret { get; } = clientSecret;
    public string? Token { get; private set; }

    /// <summary>A token of the default tenant with the control scope: any tenant's token may create tenants.</summary>
    public static async Task<string> AdminTokenAsync(HttpClient http, Uri baseUrl, CancellationToken ct)
    {
        var (status, body) = await PostFormAsync(http, new Uri(baseUrl, TokenPath), "sandbox-demo", "sandbox-demo-secret", "sandbox.control", ct);
        return status == HttpStatusCode.OK ? body!["access_token"]!.GetValue<string>() : throw Unexpected("admin token", status, body);
    }

    /// <summary>A new tenant whose clock stands still on <see cref="Start"/> and moves only when told.</summary>
    public static async Task<SandboxSession> CreateAsync(HttpClient http, Uri baseUrl, string adminToken, string label, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseUrl, "/sandbox/v1/tenants"))
        {
            Content = JsonContent($"{{\"label\":\"{label}\",\"clock\":{{\"start\":\"{Start}\",\"mode\":\"manual\"}}}}"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", adminToken);
        var (status, body) = await SendAsync(http, request, ct);
        if (status != HttpStatusCode.Created) throw Unexpected("tenant creation", status, body);
        var session = new SandboxSession(http, baseUrl, body!["tenantId"]!.GetValue<string>(),
            body["clientId"]!.GetValue<string>(), body["clientSecret"]!.GetValue<string>());
        await session.RenewTokenAsync(ct);
        return session;
    }

    public async Task<string> RenewTokenAsync(CancellationToken ct)
    {
        var (status, body) = await PostFormAsync(http, new Uri(baseUrl, TokenPath), ClientId, ClientSecret, null, ct);
        if (status != HttpStatusCode.OK) throw Unexpected("token", status, body);
        return Token = body!["access_token"]!.GetValue<string>();
    }

    /// <summary>
    /// A call with the tenant's token. Tokens live one hour of <em>simulated</em> time, so after the clock moves a 401 means
    /// "take a new one": the call is retried once with a fresh token, as an integrator's client does.
    /// </summary>
    public async Task<(HttpStatusCode Status, JsonNode? Body)> CallAsync(HttpMethod method, string path, string? json, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, new Uri(baseUrl, path)) { Content = json is null ? null : JsonContent(json) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
            var (status, body) = await SendAsync(http, request, ct);
            if (status != HttpStatusCode.Unauthorized || attempt > 0) return (status, body);
            await RenewTokenAsync(ct);
        }
    }

    public async Task<JsonNode> ExpectAsync(HttpMethod method, string path, string? json, HttpStatusCode expected, string what, CancellationToken ct)
    {
        var (status, body) = await CallAsync(method, path, json, ct);
        return status == expected && body is not null ? body : throw Unexpected(what, status, body);
    }

    public async Task<string> RegisterAsync(int i, CancellationToken ct) =>
        (await ExpectAsync(HttpMethod.Post, Api + "/particulier", Bodies.Particulier(i), HttpStatusCode.OK, "inscription", ct))["idClient"]!.GetValue<string>();

    /// <summary>Submits one batch (≤ 10) and checks that every demande was accepted (statut 10).</summary>
    public async Task SubmitAsync(IEnumerable<(string IdClient, int Index, string Numero)> batch, CancellationToken ct)
    {
        var json = "[" + string.Join(',', batch.Select(d => Bodies.Demande(d.IdClient, d.Index, d.Numero))) + "]";
        var answer = await ExpectAsync(HttpMethod.Post, SubmitPath, json, HttpStatusCode.OK, "demandePaiement", ct);
        foreach (var item in answer.AsArray())
            if (item!["statut"]?.GetValue<string>() != "10") throw new InvalidOperationException($"demande refused: {item.ToJsonString()}");
    }

    public Task<JsonNode> AdvanceAsync(string json, CancellationToken ct) =>
        ExpectAsync(HttpMethod.Post, "/sandbox/v1/clock/advance", json, HttpStatusCode.OK, "clock advance", ct);

    public static HttpContent JsonContent(string json) => new StringContent(json, Encoding.UTF8, "application/json");

    public static InvalidOperationException Unexpected(string what, HttpStatusCode status, JsonNode? body) =>
        new($"{what}: HTTP {(int)status} {body?.ToJsonString()}");

    private static async Task<(HttpStatusCode, JsonNode?)> PostFormAsync(HttpClient http, Uri url, string clientId, string secret, string? scope, CancellationToken ct)
    {
        var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret };
        if (scope is not null) form["scope"] = scope;
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) };
        return await SendAsync(http, request, ct);
    }

    private static async Task<(HttpStatusCode, JsonNode?)> SendAsync(HttpClient http, HttpRequestMessage request, CancellationToken ct)
    {
        using var answer = await http.SendAsync(request, ct);
        var text = await answer.Content.ReadAsStringAsync(ct);
        return (answer.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }
}

/// <summary>Valid bodies, distinct per index: no persona name (« Banc… » picks the ordinary particulier), one birth date each.</summary>
internal static class Bodies
{
    public static string BirthDate(int i) => new DateOnly(1950, 1, 1).AddDays(i % 18000).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Particulier(int i)
    {
        var nom = "Banc" + Letters(i);
        return $$$"""
            {"civilite":"2","nomNaissance":"{{{nom}}}","prenoms":"Lea","dateNaissance":"{{{BirthDate(i)}}}T00:00:00.000Z",
             "lieuNaissance":{"codePaysNaissance":"99100","departementNaissance":"069","communeNaissance":{"codeCommune":"123","libelleCommune":"Lyon"}},
             "numeroTelephonePortable":"06{{{i.ToString("D8", CultureInfo.InvariantCulture)}}}","adresseMail":"bench{{{i}}}@example.fr",
             "adressePostale":{"numeroVoie":"8","codeTypeVoie":"R","libelleVoie":"du Soleil","libelleCommune":"Lyon","codeCommune":"69381","codePostal":"69001","codePays":"99100"},
             "coordonneeBancaire":{"bic":"BNPAFRPP","iban":"FR7630004000031234567890143","titulaire":"Mme Lea {{{nom}}}"}}
            """;
    }

    /// <summary>2 h of ménage on Monday 2 March 2026 (after the 08:05 activation), 50 € TTC.</summary>
    public static string Demande(string idClient, int i, string numero) => $$"""
        {"idTiersFacturation":"1081230","idClient":"{{idClient}}","dateNaissanceClient":"{{BirthDate(i)}}T00:00:00Z",
         "numFactureTiers":"{{numero}}","dateFacture":"2026-03-02T00:00:00Z",
         "dateDebutEmploi":"2026-03-02T10:00:00Z","dateFinEmploi":"2026-03-02T12:00:00Z","mntFactureTTC":50.00,"mntFactureHT":45.45,
         "inputPrestations":[{"codeNature":"60","quantite":2,"unite":"HEURE","mntUnitaireTTC":25.00,"mntPrestationTTC":50.00,
           "mntPrestationHT":45.45,"mntPrestationTVA":4.55,"complement2":"SAP852330992"}]}
        """;

    public static string Search(IEnumerable<string> numeros) =>
        "{\"numFactureTiers\":[" + string.Join(',', numeros.Select(n => $"\"{n}\"")) + "]}";

    private static string Letters(int i)
    {
        var text = "";
        do
        {
            text = (char)('a' + i % 26) + text;
            i /= 26;
        }
        while (i > 0);
        return text.PadLeft(3, 'a');
    }
}
