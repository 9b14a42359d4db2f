using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Robustness;

/// <summary>
/// A seeded storm of malformed and hostile requests over real HTTP (Kestrel on 127.0.0.1, so chunked bodies are really
/// chunked): never a 5xx, every error in its surface's format, 413 over 1 MiB, 415 for a non-JSON type; afterwards the
/// tenant still works and nothing it accepted was lost.
/// </summary>
public sealed class HostileRequestStormTests(LoopbackSandboxFixture fixture) : IClassFixture<LoopbackSandboxFixture>
{
    private const int Seed = 20260302;

    [Fact]
    public async Task HostileStorm_NeverGets5xx_AnswersEveryErrorInItsFormat_AndLosesNothing()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var numeroBefore = TestData.NumeroFacture();
        var idBefore = await api.TransmettreAccepteeAsync(TestData.Demande(idClient, numeroBefore));
        var requests = HostileRequests.Build(api, idClient, idBefore, Seed);
        var failures = new List<string>();
        var (acceptedParticuliers, acceptedNumeros) = (new List<string>(), new List<string>());

        foreach (var request in requests)
        {
            using var message = new HttpRequestMessage(request.Method, request.Path) { Content = request.Content() };
            message.Headers.Authorization = request.Authorization ?? (request.WithBearer ? new AuthenticationHeaderValue("Bearer", api.Token) : null);
            using var response = await api.Http.SendAsync(message);
            var body = await response.Content.ReadAsStringAsync();
            var problem = Judge(request, response, body);
            if (problem is not null) failures.Add($"{request} → {(int)response.StatusCode}: {problem} {Short(body)}");
            else if (response.StatusCode == HttpStatusCode.OK) Collect(request, body, acceptedParticuliers, acceptedNumeros);
        }

        requests.Should().HaveCountGreaterThan(300).And.HaveCountLessThan(1000, "the storm is bounded");
        failures.Should().BeEmpty(string.Join(Environment.NewLine, failures));
        await api.AuthenticateAsync();
        await api.TransmettreAccepteeAsync(TestData.Demande(idClient, TestData.NumeroFacture()));
        foreach (var id in acceptedParticuliers.Append(idClient))
            await (await api.StatutAsync(id)).ShouldBeOkJsonAsync();
        foreach (var chunk in acceptedNumeros.Append(numeroBefore).Chunk(10))
        {
            var found = (await (await api.RechercherParNumerosAsync(chunk)).ShouldBeOkJsonAsync())["infoDemandePaiements"]!.AsArray();
            found.Select(f => f!["demandePaiement"]!["numFactureTiers"]!.GetValue<string>()).Should().BeEquivalentTo(chunk);
        }
    }

    /// <summary>Null when the answer is acceptable for that request, else why not.</summary>
    private static string? Judge(HostileRequest request, HttpResponseMessage response, string body)
    {
        var status = (int)response.StatusCode;
        if (status >= 500) return "server error";
        if (request.ExpectedStatus is { } expected && response.StatusCode != expected) return $"expected {(int)expected}";
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        try
        {
            return (request.Surface, status) switch
            {
                (_, 200 or 201) => mediaType == "application/json" && JsonNode.Parse(body) is not null ? null : "success without JSON",
                (Surface.Urssaf, 400 or 413 or 415) => UrssafErrors(mediaType, body),
                (Surface.Token, 400 or 401) => OAuthError(mediaType, body),
                (Surface.Control, >= 400 and < 500) => Problem(mediaType, body, status),
                _ => "unexpected status",
            };
        }
        catch (JsonException e)
        {
            return $"unreadable JSON ({e.Message})";
        }
    }

    private static string? UrssafErrors(string? mediaType, string body)
    {
        if (mediaType != "application/json") return $"media type {mediaType}";
        var errors = JsonNode.Parse(body) as JsonArray;
        if (errors is null || errors.Count == 0) return "not a non-empty array";
        return errors.All(e => e is JsonObject o && o.Count == 3 && new[] { "code", "message", "description" }.All(k => o[k] is JsonValue v
            && v.TryGetValue<string>(out var text) && text.Length > 0)) ? null : "not [{code,message,description}]";
    }

    private static string? OAuthError(string? mediaType, string body)
    {
        var error = mediaType == "application/json" ? JsonNode.Parse(body) as JsonObject : null;
        var code = error?["error"]?.GetValue<string>();
        return code is "invalid_request" or "invalid_client" or "unsupported_grant_type" or "invalid_scope"
            && !string.IsNullOrWhiteSpace(error!["error_description"]?.GetValue<string>()) ? null : "not an RFC 6749 error";
    }

    private static string? Problem(string? mediaType, string body, int status)
    {
        var problem = mediaType == "application/problem+json" ? JsonNode.Parse(body) as JsonObject : null;
        return problem?["code"]?.GetValue<string>() is { Length: > 0 } && problem["status"]?.GetValue<int>() == status ? null : "not problem+json with code";
    }

    private static void Collect(HostileRequest request, string body, List<string> particuliers, List<string> numeros)
    {
        if (request.Path == UrssafCalls.Particulier && request.Method == HttpMethod.Post)
            particuliers.Add(JsonNode.Parse(body)!["idClient"]!.GetValue<string>());
        if (request.Path == UrssafCalls.DemandePaiement)
            numeros.AddRange(JsonNode.Parse(body)!.AsArray().Where(i => i!["idDemandePaiement"] is not null).Select(i => i!["numFactureTiers"]!.GetValue<string>()));
    }

    private static string Short(string body) => body.Length <= 300 ? body : body[..300] + "…";
}
