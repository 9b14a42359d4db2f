using System.Net;
using System.Text.Json.Nodes;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Simulation;

/// <summary>
/// <c>POST /sandbox/v1/reset</c>: the tenant is emptied (particuliers, demandes, outbox, transitions, journal) and starts a new
/// timeline — the one way, with a snapshot's restore, for its clock to stand earlier than before (STYLE rule 7). Credentials
/// and other tenants are untouched. The host's real clock is a fake, so "now" is known.
/// </summary>
public sealed class ResetTests(FakeRealTimeSandboxFixture fixture) : IClassFixture<FakeRealTimeSandboxFixture>
{
    [Fact]
    public async Task Reset_EmptiesTheTenant_AndStartsANewTimelineWhereAsked()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var numero = TestData.NumeroFacture();
        var id = await api.TransmettreAccepteeAsync(TestData.Demande(idClient, numero));
        await api.ReachAsync(id, "30");

        var reset = await api.ResetAsync(new JsonObject { ["start"] = "2026-09-01T07:00:00Z", ["mode"] = "manual" });
        var clock = await reset.ShouldBeOkJsonAsync();
        await api.AuthenticateAsync();
        var journal = await api.JournalAsync();

        JsonNode.DeepEquals(clock, new JsonObject
        {
            ["mode"] = "manual", ["speed"] = 1, ["now"] = "2026-09-01T07:00:00.000Z", ["nowParis"] = "2026-09-01T09:00:00+02:00",
        }).Should().BeTrue(clock.ToJsonString());
        reset.SandboxNow().Should().Be("2026-09-01T07:00:00.000Z");
        journal.Select(e => e.Text("entry.path")).Should().Equal("/sandbox/v1/reset", "/api/oauth/v1/token");
        (await api.OutboxAsync()).Should().BeEmpty();
        (await api.TransitionsAsync()).Should().BeEmpty();
        (await (await api.ClockAsync()).ShouldBeOkJsonAsync())["nextEvent"].Should().BeNull();
        await (await api.StatutAsync(idClient)).ShouldBeOnlyErrorAsync("ERR_RECHERCHE_PARTICULIER");
        await (await api.RechercherParIdsAsync(id)).ShouldBeOnlyErrorAsync("ERR_RECHERCHE_VIDE");
        await (await api.GetAsync($"/sandbox/v1/demandes/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "DEMANDE_INCONNUE");
        await (await api.GetAsync($"/sandbox/v1/particuliers/{idClient}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "PARTICULIER_INCONNU");

        var again = await api.RegisterActivatedAsync(TestData.Particulier());
        await api.AdvanceAsync("P1D");
        await api.TransmettreAccepteeAsync(TestData.Demande(again, numero, "2026-09-01"));
    }

    [Fact]
    public async Task Reset_WithoutBody_StartsAtTheRealNow_InTheSameMode()
    {
        var api = await fixture.NewTenantAsync("2026-03-02T08:00:00Z");
        await api.RegisterAsync(TestData.Particulier());
        await api.AdvanceToAsync("2027-01-15T12:00:00Z");
        var realNow = fixture.RealTime.GetUtcNow();

        var clock = await (await api.ResetAsync()).ShouldBeOkJsonAsync();

        (clock.Text("mode"), clock.Amount("speed")).Should().Be(("manual", 1m));
        DateTimeOffset.Parse(clock.Text("now"), System.Globalization.CultureInfo.InvariantCulture).Should().Be(realNow);
        await api.AuthenticateAsync();
        (await api.TransitionsAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Reset_WithOnlyAStart_KeepsTheAcceleratedModeAndItsSpeed()
    {
        var api = await fixture.NewAcceleratedTenantAsync();

        var clock = await (await api.ResetAsync(new JsonObject { ["start"] = "2026-04-01T08:00:00Z" })).ShouldBeOkJsonAsync();
        fixture.RealTime.Advance(TimeSpan.FromSeconds(1));
        await api.AuthenticateAsync();

        (clock.Text("mode"), clock.Amount("speed"), clock.Text("now")).Should().Be(("accelerated", 3600m, "2026-04-01T08:00:00.000Z"));
        (await api.NowAsync()).Should().Be("2026-04-01T09:00:00.000Z");
    }

    [Fact]
    public async Task Reset_CanChangeTheMode()
    {
        var api = await fixture.NewTenantAsync();

        var clock = await (await api.ResetAsync(new JsonObject { ["start"] = "2026-04-01T08:00:00Z", ["mode"] = "accelerated", ["speed"] = 60 }))
            .ShouldBeOkJsonAsync();
        fixture.RealTime.Advance(TimeSpan.FromMinutes(1));
        await api.AuthenticateAsync();

        (clock.Text("mode"), clock.Amount("speed")).Should().Be(("accelerated", 60m));
        (await api.NowAsync()).Should().Be("2026-04-01T09:00:00.000Z");
    }

    [Fact]
    public async Task TheCredentialsStillWorkAfterAReset_ButTheTokenOfTheOldTimelineDoesNot()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        await api.SubmitAsync(idClient);

        (await api.ResetAsync(new JsonObject { ["start"] = "2026-03-04T08:30:00Z" })).EnsureSuccessStatusCode();
        var withOldToken = await api.ClockAsync();
        await api.AuthenticateAsync();
        var withNewToken = await api.InscrireAsync(TestData.Particulier());

        withOldToken.StatusCode.Should().Be(HttpStatusCode.Unauthorized, "a token is valid only in the timeline that issued it");
        withNewToken.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task InvalidClockSettings_AreRefused_AndNothingIsEmptied()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var id = await api.SubmitAsync(idClient);

        var response = await api.ResetAsync(new JsonObject { ["start"] = "01/09/2026" });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "INVALID_CLOCK_START");
        (await api.InfoDemandeAsync(id)).Text("statut.code").Should().Be("10");
        (await api.NowAsync()).Should().Be("2026-03-04T08:00:00.000Z");
        (await api.JournalAsync()).Should().NotBeEmpty();
    }

    [Fact]
    public async Task Reset_LeavesOtherTenantsUntouched()
    {
        var (mine, myClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var (other, otherClient) = await fixture.NewTenantWithActiveParticulierAsync();
        await mine.SubmitAsync(myClient);
        var otherDemande = await other.SubmitAsync(otherClient);
        await other.NextAsync();
        var (outbox, transitions, journal) = (await other.OutboxAsync(), await other.TransitionsAsync(), await other.JournalAsync());

        (await mine.ResetAsync(new JsonObject { ["start"] = "2026-01-05T08:00:00Z" })).EnsureSuccessStatusCode();

        (await other.InfoDemandeAsync(otherDemande)).Text("statut.code").Should().Be("20");
        (await other.StatutParticulierAsync(otherClient)).Should().Be("APPAREILLAGE_VALIDE");
        (await other.NowAsync()).Should().Be("2026-03-04T08:01:00.000Z");
        JsonNode.DeepEquals(await other.OutboxAsync(), outbox).Should().BeTrue();
        JsonNode.DeepEquals(await other.TransitionsAsync(), transitions).Should().BeTrue();
        (await other.JournalAsync()).Take(journal.Count).Select(e => e!.ToJsonString()).Should().Equal(journal.Select(e => e!.ToJsonString()));
    }
}
