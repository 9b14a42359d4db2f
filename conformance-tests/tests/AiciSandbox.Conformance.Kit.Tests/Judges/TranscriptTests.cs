using System.Text.Json;
using AiciSandbox.Conformance.Kit.Wire;

namespace AiciSandbox.Conformance.Kit.Tests.Judges;

/// <summary>The transcripts a failing scenario comes with: a HAR file and a curl command per exchange.</summary>
public sealed class TranscriptTests
{
    private static readonly Uri Sandbox = new("http://127.0.0.1:5080/");

    private static WireExchange Submission() => new WireFixtures()
        .Call("POST", "/demandePaiement", TimeSpan.FromHours(1), "sha256:aaaa1111", 200, """[{"numFactureTiers":"F-l'été"}]""", """[{"idDemandePaiement":"d1","statut":"10"}]""")
        .Exchanges[0] with
        {
            RequestHeaders = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                ["Content-Type"] = "application/json", ["Authorization"] = "Bearer sha256:aaaa1111",
            },
            Query = "?trace=1",
            ResponseHeaders = new Dictionary<string, string> { ["Content-Type"] = "application/json; charset=utf-8", ["X-Sandbox-Now"] = "2026-03-02T09:00:00.000Z" },
            DurationMs = 12,
        };

    [Fact]
    public void Har_IsAnHttpArchive12_WithTheRequestResponseAndSimulatedTime()
    {
        using var har = JsonDocument.Parse(HarArchive.Of([Submission()], Sandbox, "Résilience — essai"));

        var log = har.RootElement.GetProperty("log");
        log.GetProperty("version").GetString().Should().Be("1.2");
        var entry = log.GetProperty("entries").EnumerateArray().Single();
        entry.GetProperty("request").GetProperty("method").GetString().Should().Be("POST");
        entry.GetProperty("request").GetProperty("url").GetString().Should().Be("http://127.0.0.1:5080/atp/v1/tiersPrestations/demandePaiement?trace=1");
        entry.GetProperty("request").GetProperty("postData").GetProperty("text").GetString().Should().Contain("F-l'été");
        entry.GetProperty("response").GetProperty("status").GetInt32().Should().Be(200);
        entry.GetProperty("response").GetProperty("content").GetProperty("mimeType").GetString().Should().StartWith("application/json");
        entry.GetProperty("time").GetInt64().Should().Be(12);
        entry.GetProperty("comment").GetString().Should().Contain("heure simulée 2026-03-02T09:00:00Z");
    }

    [Fact]
    public void Curl_ReplaysTheCall_WithTheBodyQuotedForTheShell_AndTheTokenAsAVariable()
    {
        Curl.Of(Submission(), Sandbox).Should().Be(
            "curl -X POST 'http://127.0.0.1:5080/atp/v1/tiersPrestations/demandePaiement?trace=1' -H 'Content-Type: application/json' " +
            "-H \"Authorization: Bearer $TOKEN\" --data-raw '[{\"numFactureTiers\":\"F-l'\\''été\"}]'");
    }
}
