using System.Net;
using AiciSandbox.Domain.Particuliers;
using AiciSandbox.Domain.PaymentRequests;
using AiciSandbox.Domain.Tenants;
using AiciSandbox.Server.Storage;
using AiciSandbox.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AiciSandbox.Server.Tests.Simulation;

/// <summary>
/// <c>POST /clock/mode</c> and the accelerated mode: simulated time runs <c>speed</c> times the real clock, and whatever falls
/// due is applied only when a request next reads the tenant, each transition at its own instant — nothing polls in real time
/// (STYLE rule 8, docs/lifecycle.md « The clock »). The host's real clock is a fake the tests move; they never wait.
/// Tokens live an hour of simulated time, so each move of the real clock is followed by a new token.
/// </summary>
public sealed class AcceleratedClockTests(FakeRealTimeSandboxFixture fixture) : IClassFixture<FakeRealTimeSandboxFixture>
{
    [Fact]
    public async Task SwitchToAccelerated_KeepsNow_ThenSimulatedTimeRunsSpeedTimesTheRealClock()
    {
        var api = await fixture.NewTenantAsync();

        var switched = await (await api.SwitchModeAsync("accelerated", 7200)).ShouldBeOkJsonAsync();
        fixture.RealTime.Advance(TimeSpan.FromSeconds(30));
        await api.AuthenticateAsync();
        var clock = await (await api.ClockAsync()).ShouldBeOkJsonAsync();

        (switched.Text("previous"), switched.Text("clock.now"), switched.Text("clock.mode"), switched.Amount("clock.speed"))
            .Should().Be(("2026-03-02T08:00:00.000Z", "2026-03-02T08:00:00.000Z", "accelerated", 7200m));
        switched["transitions"]!.AsArray().Should().BeEmpty();
        (clock.Text("mode"), clock.Text("now"), clock.Text("nowParis")).Should().Be(("accelerated", "2026-03-04T20:00:00.000Z", "2026-03-04T21:00:00+01:00"));
    }

    [Fact]
    public async Task AcceleratedWithoutSpeed_Plays48HoursIn48Seconds()
    {
        var api = await fixture.NewTenantAsync("2026-06-01T06:00:00Z");

        var switched = await (await api.SwitchModeAsync("accelerated")).ShouldBeOkJsonAsync();
        fixture.RealTime.Advance(TimeSpan.FromSeconds(48));
        await api.AuthenticateAsync();

        switched.Amount("clock.speed").Should().Be(3600m);
        (await api.NowAsync()).Should().Be("2026-06-03T06:00:00.000Z");
    }

    [Fact]
    public async Task BackToManual_FreezesSimulatedTimeWhereItStood()
    {
        var api = await fixture.NewAcceleratedTenantAsync();
        fixture.RealTime.Advance(TimeSpan.FromSeconds(2));
        await api.AuthenticateAsync();

        var switched = await (await api.SwitchModeAsync("manual")).ShouldBeOkJsonAsync();
        fixture.RealTime.Advance(TimeSpan.FromMinutes(10));
        var clock = await (await api.ClockAsync()).ShouldBeOkJsonAsync();

        (switched.Text("previous"), switched.Text("clock.now"), switched.Text("clock.mode"), switched.Amount("clock.speed"))
            .Should().Be(("2026-03-02T10:00:00.000Z", "2026-03-02T10:00:00.000Z", "manual", 1m));
        (clock.Text("mode"), clock.Text("now")).Should().Be(("manual", "2026-03-02T10:00:00.000Z"));
    }

    [Theory]
    [InlineData("""{"mode":"fast"}""", "INVALID_CLOCK_MODE")]
    [InlineData("""{"speed":60}""", "INVALID_CLOCK_MODE")]
    [InlineData("""{"mode":"accelerated","speed":0}""", "CLOCK_SPEED")]
    [InlineData("""{"mode":"accelerated","speed":-3600}""", "CLOCK_SPEED")]
    [InlineData("""{"mode":"accelerated","speed":1000000}""", "CLOCK_SPEED")]
    [InlineData("""{"mode":"accelerated","speed":"vite"}""", "INVALID_BODY")]
    public async Task InvalidModeOrSpeed_IsAProblem_AndTheClockKeepsItsMode(string json, string code)
    {
        var api = await fixture.NewTenantAsync();

        var response = await api.PostRawJsonAsync("/sandbox/v1/clock/mode", json);
        fixture.RealTime.Advance(TimeSpan.FromSeconds(5));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, code);
        var clock = await (await api.ClockAsync()).ShouldBeOkJsonAsync();
        (clock.Text("mode"), clock.Text("now")).Should().Be(("manual", "2026-03-02T08:00:00.000Z"));
    }

    [Fact]
    public async Task DueTransitions_WaitForTheNextRequest_ThenHappenEachAtItsOwnInstant()
    {
        var api = await fixture.NewAcceleratedTenantAsync();
        var idClient = await api.RegisterAsync(TestData.Particulier());
        var (store, tenant) = await StoreOfAsync(api);

        fixture.RealTime.Advance(TimeSpan.FromSeconds(48));
        var untouched = await store.FindParticulierAsync(tenant, idClient, CancellationToken.None);
        await api.AuthenticateAsync();
        var statut = await api.StatutAsync(idClient);

        untouched!.Statut.Should().Be(ParticulierStatus.AppareillageEnCours, "nothing runs until a request reads the tenant");
        statut.SandboxNow().Should().Be("2026-03-04T08:00:00.000Z");
        (await statut.ShouldBeOkJsonAsync()).Text("statut.description").Should().Be("Transmission DP possible, appareillage validé le 02/03/2026 09:05:00");

        var id = await api.SubmitAsync(idClient);
        fixture.RealTime.Advance(TimeSpan.FromSeconds(49));
        var notYet = await store.FindDemandeAsync(tenant, id, CancellationToken.None);
        await api.AuthenticateAsync();
        var transitions = await api.TransitionsAsync();

        notYet!.Statut.Code().Should().Be("10");
        transitions.Select(t => (t.Text("at"), t.Text("to"), t.Text("trigger"), t.Text("actor"))).Should().Equal(
            ("2026-03-02T08:05:00.000Z", "APPAREILLAGE_VALIDE", "Activate", "clock"),
            ("2026-03-04T08:01:00.000Z", "20", "NotifyParticulier", "clock"),
            ("2026-03-06T08:01:00.000Z", "30", "AutoValidate", "clock"));
        (await api.NowAsync()).Should().Be("2026-03-06T09:00:00.000Z");
        (await api.InfoDemandeAsync(id)).Text("statut.code").Should().Be("30");
    }

    [Fact]
    public async Task ManualAdvance_AlsoWorksOnAnAcceleratedClock_AndItKeepsRunning()
    {
        var api = await fixture.NewAcceleratedTenantAsync();

        var moved = await api.AdvanceByAsync("P1D");
        fixture.RealTime.Advance(TimeSpan.FromSeconds(1));
        await api.AuthenticateAsync();

        (moved.Text("clock.mode"), moved.Text("clock.now")).Should().Be(("accelerated", "2026-03-03T08:00:00.000Z"));
        (await api.NowAsync()).Should().Be("2026-03-03T09:00:00.000Z");
    }

    private async Task<(ISandboxStore Store, TenantId Tenant)> StoreOfAsync(SandboxApi api)
    {
        var store = fixture.Host.Services.GetRequiredService<ISandboxStore>();
        var tenant = await store.FindTenantByClientIdAsync(api.ClientId, CancellationToken.None);
        return (store, tenant!.Id);
    }
}
