using System.Net;
using System.Text.Json.Nodes;
using AiciSandbox.Testing;

namespace AiciSandbox.Storage.Tests.Processes;

/// <summary>A tenant ready to receive demandes on a server process, and the loops that send them.</summary>
internal static class SubmissionLoad
{
    /// <summary>
    /// A new manual-clock tenant with <paramref name="count"/> active particuliers (registered, activated, two days on), and
    /// a fresh token: what an integrator has before it sends its first demandes.
    /// </summary>
    public static async Task<(SandboxApi Api, IReadOnlyList<string> Particuliers)> PrepareTenantAsync(HttpClient http, int count)
    {
        var api = await SandboxApi.CreateAsync(http, clockStart: "2026-03-02T08:00:00Z");
        var particuliers = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var idClient = await api.RegisterAsync(TestData.Particulier());
            (await api.OnParticulierAsync(idClient, "activation")).StatusCode.Should().Be(HttpStatusCode.OK);
            particuliers.Add(idClient);
        }
        await api.AdvanceByAsync("P2D");
        await api.AuthenticateAsync();
        return (api, particuliers);
    }

    /// <summary>The same tenant and token through another connection (another server, or another worker).</summary>
    public static SandboxApi Share(this SandboxApi api, HttpClient http)
    {
        var shared = new SandboxApi(http, api.ClientId, api.ClientSecret);
        shared.UseToken(api.Token);
        return shared;
    }

    /// <summary>Sends one demande; its invoice number when the sandbox accepted it (statut 10), else null.</summary>
    public static async Task<string?> SubmitOneAsync(SandboxApi api, string idClient, string numero)
    {
        var response = await api.PostJsonAsync($"{SandboxApi.Urssaf}/demandePaiement", new JsonArray(TestData.Demande(idClient, numero)));
        if (response.StatusCode != HttpStatusCode.OK) return null;
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
        return answer[0]?["statut"]?.GetValue<string>() == "10" ? numero : null;
    }

    /// <summary>The invoice numbers among <paramref name="numeros"/> that a search by number finds in the tenant.</summary>
    public static async Task<IReadOnlySet<string>> FindAsync(SandboxApi api, IEnumerable<string> numeros)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in numeros.Chunk(10))
        {
            var response = await api.PostJsonAsync($"{SandboxApi.Urssaf}/demandePaiement/rechercher",
                new JsonObject { ["numFactureTiers"] = new JsonArray(chunk.Select(n => (JsonNode)n).ToArray()) });
            var body = await response.Content.ReadAsStringAsync();
            response.StatusCode.Should().Be(HttpStatusCode.OK, body);
            foreach (var info in JsonNode.Parse(body)!["infoDemandePaiements"]?.AsArray() ?? [])
                found.Add(info!["demandePaiement"]!["numFactureTiers"]!.GetValue<string>());
        }
        return found;
    }
}
