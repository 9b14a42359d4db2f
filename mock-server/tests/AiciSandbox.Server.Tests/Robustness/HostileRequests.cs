using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Robustness;

/// <summary>
/// The storm: a few hundred hostile requests, drawn from one seed, against the four URSSAF operations, the token endpoint
/// and the control API of one tenant.
/// </summary>
public static class HostileRequests
{
    public const string TokenPath = "/api/oauth/v1/token";

    /// <param name="api">The tenant under attack (its credentials are used where a valid form needs them).</param>
    /// <param name="idClient">An activated particulier of that tenant, so mutated demandes can pass the particulier rule.</param>
    /// <param name="idDemande">An integrated demande of that tenant, the base of the search body.</param>
    public static IReadOnlyList<HostileRequest> Build(SandboxApi api, string idClient, string idDemande, int seed)
    {
        var random = new Random(seed);
        var requests = new List<HostileRequest>();
        var jsonTargets = new (Surface Surface, string Path, Func<JsonNode> Valid)[]
        {
            (Surface.Urssaf, UrssafCalls.Particulier, () => TestData.Particulier()),
            (Surface.Urssaf, UrssafCalls.DemandePaiement, () => new JsonArray(TestData.Demande(idClient, TestData.NumeroFacture()))),
            (Surface.Urssaf, UrssafCalls.Rechercher, () => new JsonObject
            {
                ["idDemandePaiements"] = new JsonArray(idDemande), ["numFactureTiers"] = new JsonArray("FAC-1"),
                ["dateDebut"] = "2026-03-01", ["dateFin"] = "2026-03-31T00:00:00Z",
            }),
            (Surface.Control, "/sandbox/v1/tenants", () => new JsonObject
            {
                ["label"] = "storm", ["clock"] = new JsonObject { ["start"] = "2026-03-02T08:00:00Z", ["mode"] = "manual", ["speed"] = 1 },
            }),
            (Surface.Control, "/sandbox/v1/clock/advance", () => new JsonObject { ["duration"] = "PT1S" }),
            (Surface.Control, "/sandbox/v1/clock/advance", () => new JsonObject { ["to"] = "2026-03-04T08:00:00Z" }),
        };
        foreach (var (surface, path, valid) in jsonTargets)
        {
            foreach (var (name, json) in HostileJson.WrongTypes(valid(), random, perPath: 3))
                requests.Add(new HostileRequest(name, surface, HttpMethod.Post, path, () => HostileRequest.Text(json)));
            foreach (var (name, content, expected) in HostileJson.Structural(valid().ToJsonString(), random))
                requests.Add(new HostileRequest(name, surface, HttpMethod.Post, path, content, expected));
        }
        requests.AddRange(StatusQueries(random));
        requests.AddRange(Activations(random));
        requests.AddRange(TokenRequests(api, random));
        return requests;
    }

    /// <summary>M020 with hostile query strings (kept under the gateway's URL limit, which is not the API's business).</summary>
    private static IEnumerable<HostileRequest> StatusQueries(Random random)
    {
        var values = new[]
        {
            "", " ", "%00", "%ZZ", "%FF%FE", "' OR 1=1 --", "%22%7D", new string('9', 3000), "🙂", "a%26adresseMail%3Db", "null", "[]",
            Uri.EscapeDataString("<script>alert(1)</script>"), Uri.EscapeDataString("jean.dupont@example.fr\r\nX: y"),
        };
        foreach (var value in values)
        {
            var other = values[random.Next(values.Length)];
            yield return new HostileRequest($"idClient={Short(value)}", Surface.Urssaf, HttpMethod.Get, $"{UrssafCalls.Particulier}?idClient={value}", () => null);
            yield return new HostileRequest($"adresseMail={Short(value)}", Surface.Urssaf, HttpMethod.Get, $"{UrssafCalls.Particulier}?adresseMail={value}", () => null);
            yield return new HostileRequest($"both {Short(value)}", Surface.Urssaf, HttpMethod.Get,
                $"{UrssafCalls.Particulier}?idClient={value}&adresseMail={other}&idClient={other}", () => null);
        }
    }

    /// <summary>Activation of hostile ids, with hostile bodies the operation ignores.</summary>
    private static IEnumerable<HostileRequest> Activations(Random random)
    {
        foreach (var id in new[] { "x", "a/b", "' OR 1=1 --", new string('9', 2000), "🙂", "%00", "null", Guid.Empty.ToString() })
        {
            var raw = HostileJson.RawValues[random.Next(HostileJson.RawValues.Length)];
            yield return new HostileRequest($"activation {Short(id)}", Surface.Control, HttpMethod.Post,
                $"/sandbox/v1/particuliers/{Uri.EscapeDataString(id)}/activation", () => HostileRequest.Text(raw), HttpStatusCode.NotFound);
        }
    }

    private static IEnumerable<HostileRequest> TokenRequests(SandboxApi api, Random random)
    {
        const string form = "application/x-www-form-urlencoded";
        var valid = $"grant_type=client_credentials&client_id={api.ClientId}&client_secret={api.ClientSecret}";
        var bodies = new (string Name, byte[] Body, string? Type)[]
        {
            ("valid form", Encoding.UTF8.GetBytes(valid), form),
            ("wrong secret", Encoding.UTF8.GetBytes(valid + "x"), form),
            ("no grant_type", Encoding.UTF8.GetBytes($"client_id={api.ClientId}&client_secret={api.ClientSecret}"), form),
            ("password grant", Encoding.UTF8.GetBytes(valid.Replace("client_credentials", "password")), form),
            ("duplicate grant_type", Encoding.UTF8.GetBytes(valid + "&grant_type=password"), form),
            ("unknown scope", Encoding.UTF8.GetBytes(valid + "&scope=" + new string('s', 5000)), form),
            ("5000 keys", Encoding.UTF8.GetBytes(string.Join('&', Enumerable.Range(0, 5000).Select(i => $"k{i}=v"))), form),
            ("1 MiB value", Encoding.UTF8.GetBytes(valid + "&x=" + new string('a', HostileJson.MaxBytes)), form),
            ("invalid UTF-8", [.. Encoding.UTF8.GetBytes("grant_type=client_credentials&client_id="), 0xFF, 0xFE, 0xC0], form),
            ("invalid percent", Encoding.UTF8.GetBytes("grant_type=%ZZ&client_id=%FF%FE&client_secret=%"), form),
            ("separators only", Encoding.UTF8.GetBytes("=&&=&==&"), form),
            ("empty form", [], form),
            ("json body", Encoding.UTF8.GetBytes($"{{\"grant_type\":\"client_credentials\",\"client_id\":\"{api.ClientId}\"}}"), "application/json"),
            ("deep json", Encoding.UTF8.GetBytes(new string('[', 10_000) + new string(']', 10_000)), "application/json"),
            ("text/plain", Encoding.UTF8.GetBytes(valid), "text/plain"),
            ("no content type", Encoding.UTF8.GetBytes(valid), null),
            ("multipart without boundary", Encoding.UTF8.GetBytes(valid), "multipart/form-data"),
        };
        foreach (var (name, body, type) in bodies)
            yield return new HostileRequest(name, Surface.Token, HttpMethod.Post, TokenPath, () => HostileRequest.Bytes(body, type)) { WithBearer = false };
        yield return new HostileRequest("chunked form", Surface.Token, HttpMethod.Post, TokenPath,
            () => new ChunkedContent(Encoding.UTF8.GetBytes(valid), form)) { WithBearer = false };

        var basics = new[] { "!!!", Base64("no-colon"), Base64(":"), Base64($"{api.ClientId}:{api.ClientSecret}"), Base64($"{api.ClientId}:"),
            Base64(new string('b', 3000) + ":x"), Base64("%ZZ:%FF"), "" };
        foreach (var basic in basics.OrderBy(_ => random.Next()))
            yield return new HostileRequest($"Basic {Short(basic)}", Surface.Token, HttpMethod.Post, TokenPath,
                () => HostileRequest.Text("grant_type=client_credentials", form)) { WithBearer = false, Authorization = new AuthenticationHeaderValue("Basic", basic) };
    }

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    private static string Short(string value) => value.Length <= 20 ? value : value[..17] + "…";
}
