using System.Net;
using System.Text.Json.Nodes;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Operations;

/// <summary>
/// A journaled answer is complete before it leaves (the journal records it first), so it leaves with its
/// <c>Content-Length</c> in one piece, not chunked — as a stub's fixed answer does — over real HTTP (Kestrel on 127.0.0.1).
/// </summary>
public sealed class AnswerFramingTests(LoopbackSandboxFixture fixture) : IClassFixture<LoopbackSandboxFixture>
{
    [Fact]
    public async Task JournaledAnswers_LeaveWithTheirLength_NotChunked()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var numero = TestData.NumeroFacture();
        await api.TransmettreAccepteeAsync(TestData.Demande(idClient, numero));

        using var search = await api.RechercherParNumerosAsync(numero);
        using var refused = await api.RechercherAsync(new JsonObject { ["numFactureTiers"] = "pas une liste" });
        using var clock = await api.ClockAsync();

        foreach (var answer in new[] { search, refused, clock })
        {
            var bytes = await answer.Content.ReadAsByteArrayAsync();
            bytes.Should().NotBeEmpty();
            answer.Content.Headers.ContentLength.Should().Be(bytes.Length, $"{answer.RequestMessage!.RequestUri} answers {(int)answer.StatusCode} with its length");
            answer.Headers.TransferEncodingChunked.Should().NotBeTrue();
        }
        search.StatusCode.Should().Be(HttpStatusCode.OK);
        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }
}
