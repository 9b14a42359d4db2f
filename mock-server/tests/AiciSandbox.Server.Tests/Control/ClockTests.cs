using System.Net;
using System.Text.Json.Nodes;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Control;

/// <summary><c>GET /sandbox/v1/clock</c> and <c>POST /sandbox/v1/clock/advance</c>: the tenant's simulated time never goes back.</summary>
public sealed class ClockTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task Clock_ShowsUtcAndParisNow_AndTheHeaderAgrees()
    {
        var api = await fixture.NewTenantAsync("2026-07-14T10:00:00Z");

        var response = await api.ClockAsync();

        var clock = await response.ShouldBeOkJsonAsync();
        clock["now"]!.GetValue<string>().Should().Be("2026-07-14T10:00:00.000Z");
        clock["nowParis"]!.GetValue<string>().Should().Be("2026-07-14T12:00:00+02:00");
        response.Headers.GetValues("X-Sandbox-Now").Should().Equal("2026-07-14T10:00:00.000Z");
    }

    [Theory]
    [InlineData("PT48H", "2026-03-04T08:00:00.000Z")]
    [InlineData("P1W", "2026-03-09T08:00:00.000Z")]
    [InlineData("P1DT12H30M", "2026-03-03T20:30:00.000Z")]
    [InlineData("PT0.5S", "2026-03-02T08:00:00.500Z")]
    public async Task AdvanceByDuration_MovesNowForward(string duration, string now)
    {
        var api = await fixture.NewTenantAsync();

        var moved = await (await api.AdvanceClockAsync(new JsonObject { ["duration"] = duration })).ShouldBeOkJsonAsync();

        moved["previous"]!.GetValue<string>().Should().Be("2026-03-02T08:00:00.000Z");
        moved["clock"]!["now"]!.GetValue<string>().Should().Be(now);
    }

    [Fact]
    public async Task AdvanceTo_AnInstant_MovesNowThere()
    {
        var api = await fixture.NewTenantAsync();

        await api.AdvanceClockAsync(new JsonObject { ["to"] = "2026-12-01T08:00:00Z" });
        await api.AuthenticateAsync();

        (await (await api.ClockAsync()).ShouldBeOkJsonAsync())["now"]!.GetValue<string>().Should().Be("2026-12-01T08:00:00.000Z");
    }

    [Theory]
    [InlineData("""{"to":"2026-03-01T08:00:00Z"}""", "CLOCK_BACKWARDS")]
    [InlineData("""{"duration":"PT1H","to":"2026-03-03T00:00:00Z"}""", "INVALID_ADVANCE")]
    [InlineData("""{}""", "INVALID_ADVANCE")]
    [InlineData("""{"duration":"2 days"}""", "INVALID_DURATION")]
    [InlineData("""{"duration":"P1Y"}""", "INVALID_DURATION")]
    [InlineData("""{"duration":"-PT1H"}""", "INVALID_DURATION")]
    [InlineData("""{"to":"01/04/2026"}""", "INVALID_TARGET")]
    [InlineData("""{"duration":48}""", "INVALID_BODY")]
    public async Task InvalidMove_IsAProblem_AndTheClockStaysPut(string json, string code)
    {
        var api = await fixture.NewTenantAsync();

        var response = await api.PostRawJsonAsync("/sandbox/v1/clock/advance", json);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, code);
        (await (await api.ClockAsync()).ShouldBeOkJsonAsync())["now"]!.GetValue<string>().Should().Be("2026-03-02T08:00:00.000Z");
    }

    [Fact]
    public async Task AdvanceWithoutJsonContentType_IsA415Problem()
    {
        var api = await fixture.NewTenantAsync();

        var response = await api.PostContentAsync("/sandbox/v1/clock/advance", new StringContent("""{"duration":"PT1H"}"""));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType, "INVALID_BODY");
    }
}
