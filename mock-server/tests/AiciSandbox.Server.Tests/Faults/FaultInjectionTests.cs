using System.Net;
using System.Text.Json.Nodes;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Faults;

/// <summary>
/// Faults armed through <c>POST /sandbox/v1/faults</c> break the tenant's next calls as the gateway can (503, 500, a cut
/// connection after processing) and are used up call by call; they are what the conformance kit uses to judge retries.
/// </summary>
public sealed class FaultInjectionTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task Status503_AnswersTheNextCallsWithErreurTechnique_ThenTheOperationWorksAgain()
    {
        var api = await fixture.NewTenantAsync();
        (await Arm(api, new JsonObject { ["operation"] = "rechercher", ["kind"] = "status", ["status"] = 503, ["count"] = 2 })).EnsureSuccessStatusCode();

        var first = await api.RechercherParNumerosAsync("FAC-1");
        var second = await api.RechercherParNumerosAsync("FAC-1");
        var third = await api.RechercherParNumerosAsync("FAC-1");

        await first.ShouldBeUrssafErrorAsync(HttpStatusCode.ServiceUnavailable, "ERREUR_TECHNIQUE");
        await second.ShouldBeUrssafErrorAsync(HttpStatusCode.ServiceUnavailable, "ERREUR_TECHNIQUE");
        await third.ShouldBeUrssafErrorAsync(HttpStatusCode.BadRequest, "ERR_RECHERCHE_VIDE");
    }

    [Fact]
    public async Task Status500_AnswersErreurTechniqueWithoutProcessingTheDemande()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        (await Arm(api, new JsonObject { ["operation"] = "demandePaiement", ["kind"] = "status", ["status"] = 500 })).EnsureSuccessStatusCode();
        var numero = TestData.NumeroFacture();

        var answer = await api.TransmettreAsync(TestData.Demande(idClient, numero));

        await answer.ShouldBeUrssafErrorAsync(HttpStatusCode.InternalServerError, "ERREUR_TECHNIQUE");
        await (await api.RechercherParNumerosAsync(numero)).ShouldBeUrssafErrorAsync(HttpStatusCode.BadRequest, "ERR_RECHERCHE_VIDE");
    }

    [Fact]
    public async Task Drop_ProcessesTheDemandeThenCutsTheConnection_SoAPlainResendIsADoublon()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        (await Arm(api, new JsonObject { ["operation"] = "demandePaiement", ["kind"] = "drop" })).EnsureSuccessStatusCode();
        var numero = TestData.NumeroFacture();

        var cut = async () => await api.TransmettreAsync(TestData.Demande(idClient, numero));

        await cut.Should().ThrowAsync<Exception>();
        (await (await api.RechercherParNumerosAsync(numero)).ShouldBeOkJsonAsync())["infoDemandePaiements"]!.AsArray().Should().ContainSingle();
        await (await api.TransmettreAsync(TestData.Demande(idClient, numero))).ShouldRejectOnlyItemWithAsync("ERR_FACTURE_DOUBLON");
    }

    [Fact]
    public async Task FiredFault_IsMarkedInTheJournal_AndListedUntilUsedUp()
    {
        var api = await fixture.NewTenantAsync();
        (await Arm(api, new JsonObject { ["operation"] = "any", ["kind"] = "status", ["status"] = 429, ["retryAfterSeconds"] = 2, ["count"] = 2 })).EnsureSuccessStatusCode();

        var limited = await api.RechercherParNumerosAsync("FAC-1");
        var armed = await (await api.GetAsync("/sandbox/v1/faults")).ShouldBeOkJsonAsync();
        var journal = await api.JournalAsync();

        limited.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        limited.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(2));
        armed.AsArray().Should().ContainSingle().Which!["remaining"]!.GetValue<int>().Should().Be(1);
        journal.Select(e => e!["entry"]!).Should().Contain(e => e!["status"]!.GetValue<int>() == 429 && e["fault"] != null);
    }

    [Theory]
    [InlineData("""{"operation":"facture"}""")]
    [InlineData("""{"kind":"explode"}""")]
    [InlineData("""{"kind":"status","status":200}""")]
    [InlineData("""{"kind":"delay","delayMs":60000}""")]
    [InlineData("""{"count":0}""")]
    public async Task InvalidFault_IsRefusedWithAProblem(string body)
    {
        var api = await fixture.NewTenantAsync();

        var answer = await Arm(api, JsonNode.Parse(body)!);

        await answer.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "INVALID_FAULT");
    }

    [Fact]
    public async Task Faults_OfOneTenant_NeverHitAnother()
    {
        var armed = await fixture.NewTenantAsync();
        var other = await fixture.NewTenantAsync();
        (await Arm(armed, new JsonObject { ["kind"] = "status", ["status"] = 503, ["count"] = 5 })).EnsureSuccessStatusCode();

        var answer = await other.RechercherParNumerosAsync("FAC-1");

        await answer.ShouldBeUrssafErrorAsync(HttpStatusCode.BadRequest, "ERR_RECHERCHE_VIDE");
    }

    private static Task<HttpResponseMessage> Arm(SandboxApi api, JsonNode fault) => api.PostJsonAsync("/sandbox/v1/faults", fault);
}
