using System.Net;
using System.Text.Json.Nodes;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Token;

/// <summary>Tokens live 3600 s of the tenant's simulated time (D9, D13); only the control API moves that time.</summary>
public sealed class TokenExpiryTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task Token_AfterOneHourOfSimulatedTime_Is401WithEmptyBody_AndANewTokenWorks()
    {
        var api = await fixture.NewTenantAsync();
        var idClient = await api.RegisterAsync(TestData.Particulier());

        var advance = await api.AdvanceClockAsync(new JsonObject { ["duration"] = "PT1H" });
        var expired = await api.StatutAsync(idClient);
        await api.AuthenticateAsync();
        var renewed = await api.StatutAsync(idClient);

        advance.StatusCode.Should().Be(HttpStatusCode.OK);
        await expired.ShouldBeEmptyAsync(HttpStatusCode.Unauthorized);
        (await renewed.ShouldBeOkJsonAsync())["idClient"]!.GetValue<string>().Should().Be(idClient);
        renewed.Headers.GetValues("X-Sandbox-Now").Should().Equal("2026-03-02T09:00:00.000Z");
    }

    [Fact]
    public async Task Token_OneSecondBeforeItsHourEnds_StillWorks()
    {
        var api = await fixture.NewTenantAsync();

        await api.AdvanceClockAsync(new JsonObject { ["duration"] = "PT59M59S" });
        var response = await api.ClockAsync();

        (await response.ShouldBeOkJsonAsync())["now"]!.GetValue<string>().Should().Be("2026-03-02T08:59:59.000Z");
    }

    [Fact]
    public async Task ExpiredToken_IsRefusedOnTheControlApiToo()
    {
        var api = await fixture.NewTenantAsync();

        await api.AdvanceClockAsync(new JsonObject { ["to"] = "2026-03-03T08:00:00Z" });

        await (await api.ClockAsync()).ShouldBeEmptyAsync(HttpStatusCode.Unauthorized);
        await (await api.RechercherParNumerosAsync("FAC-1")).ShouldBeEmptyAsync(HttpStatusCode.Unauthorized);
    }
}
