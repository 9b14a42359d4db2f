using System.Net;
using System.Text.Json.Nodes;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Simulation;

/// <summary>
/// Every authenticated answer — URSSAF operation, control API, success or refusal — carries the tenant's simulated now in
/// <c>X-Sandbox-Now</c> (docs/lifecycle.md, « The clock »), so a tester always knows which instant an answer speaks of.
/// The tenant's clock stands on Thursday 5 March 2026, 14:30 UTC.
/// </summary>
public sealed class SandboxNowHeaderTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private const string Now = "2026-03-05T14:30:00.000Z";

    [Fact]
    public async Task UrssafAnswers_SuccessOrError_CarryTheSimulatedNow()
    {
        var api = await TenantAtNowAsync();

        var inscription = await api.InscrireAsync(TestData.Particulier());
        var statut = await api.StatutAsync((await SandboxApi.JsonOf(inscription)).Text("idClient"));
        var unknown = await api.StatutAsync(Guid.NewGuid().ToString());
        var invalid = await api.InscrireAsync(TestData.Particulier().Without("adresseMail"));
        var rejectedItem = await api.TransmettreAsync(TestData.Demande(Guid.NewGuid().ToString(), TestData.NumeroFacture()));
        var emptySearch = await api.RechercherParNumerosAsync(TestData.NumeroFacture());

        (inscription.StatusCode, statut.StatusCode, unknown.StatusCode, invalid.StatusCode, rejectedItem.StatusCode, emptySearch.StatusCode)
            .Should().Be((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.OK, HttpStatusCode.BadRequest));
        new[] { inscription, statut, unknown, invalid, rejectedItem, emptySearch }.Select(r => r.SandboxNow()).Should().AllBe(Now);
    }

    [Fact]
    public async Task ControlAnswers_SuccessOrProblem_CarryTheSimulatedNow()
    {
        var api = await TenantAtNowAsync();

        var clock = await api.ClockAsync();
        var outbox = await api.GetAsync("/sandbox/v1/outbox");
        var journal = await api.GetAsync("/sandbox/v1/journal");
        var unknownDemande = await api.ValiderAsync("DP-INCONNUE-0001");
        var backwards = await api.AdvanceClockAsync(new JsonObject { ["to"] = "2026-03-02T08:00:00Z" });
        var unreadable = await api.PostRawJsonAsync("/sandbox/v1/clock/advance", """{"duration":""");

        await unknownDemande.ShouldBeProblemAsync(HttpStatusCode.NotFound, "DEMANDE_INCONNUE");
        await backwards.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "CLOCK_BACKWARDS");
        await unreadable.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "INVALID_BODY");
        new[] { clock, outbox, journal, unknownDemande, backwards, unreadable }.Select(r => r.SandboxNow()).Should().AllBe(Now);
    }

    [Fact]
    public async Task AQueryTheServerCannotRead_StillCarriesTheSimulatedNow()
    {
        var api = await TenantAtNowAsync();

        var response = await api.GetAsync("/sandbox/v1/outbox?after=hier");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.SandboxNow().Should().Be(Now);
    }

    [Fact]
    public async Task AnInjectedFault_StillCarriesTheSimulatedNow()
    {
        var api = await TenantAtNowAsync();
        (await api.PostJsonAsync("/sandbox/v1/faults", new JsonObject { ["operation"] = "rechercher", ["status"] = 503 })).EnsureSuccessStatusCode();

        var response = await api.RechercherParNumerosAsync(TestData.NumeroFacture());

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        response.SandboxNow().Should().Be(Now);
    }

    [Fact]
    public async Task TheTokenAnswer_CarriesTheSimulatedNowOfTheTenant()
    {
        var api = await TenantAtNowAsync();

        var response = await SandboxApi.RequestTokenAsync(api.Http, api.ClientId, api.ClientSecret);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.SandboxNow().Should().Be(Now);
    }

    [Fact]
    public async Task AClockMove_AnswersWithTheNewNow_AndTheNextCallsFollowIt()
    {
        var api = await TenantAtNowAsync();

        var moved = await api.AdvanceClockAsync(new JsonObject { ["duration"] = "PT30M" });
        var after = await api.ClockAsync();

        moved.SandboxNow().Should().Be("2026-03-05T15:00:00.000Z");
        after.SandboxNow().Should().Be("2026-03-05T15:00:00.000Z");
    }

    private async Task<SandboxApi> TenantAtNowAsync()
    {
        var api = await fixture.NewTenantAsync();
        await api.AdvanceToAsync("2026-03-05T14:30:00Z");
        return api;
    }
}
