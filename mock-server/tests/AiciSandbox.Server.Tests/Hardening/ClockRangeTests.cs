using System.Net;
using System.Text.Json.Nodes;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Hardening;

/// <summary>
/// Issue 12, item 1: a clock that started in year 0001 was accepted (201) and then every token request of the tenant
/// answered 500. The range is checked on both sides wherever a clock is set: creation, reset, advance (by or to).
/// </summary>
public sealed class ClockRangeTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Theory]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("1999-12-31T23:59:59Z")]
    [InlineData("3000-01-01T00:00:00Z")]
    public async Task TenantWhoseClockStartsOutsideTheRange_IsRefusedWith400(string start)
    {
        var api = await fixture.NewTenantAsync();

        var response = await api.PostRawJsonAsync("/sandbox/v1/tenants", $$$"""{"clock":{"start":"{{{start}}}"}}""");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "INVALID_CLOCK_START");
        problem["detail"]!.GetValue<string>().Should().Contain("2000-01-01").And.Contain("3000-01-01");
    }

    [Fact]
    public async Task TenantWhoseClockStartsAtTheLowerBound_IsCreated_AndGetsTokens()
    {
        var api = await SandboxApi.CreateAsync(fixture.Client, "2000-01-01T00:00:00Z");

        await api.AuthenticateAsync();
        (await api.NowAsync()).Should().Be("2000-01-01T00:00:00.000Z");
    }

    [Fact]
    public async Task ResetToYear0001_IsRefused_AndTheTenantKeepsGettingTokens()
    {
        var api = await fixture.NewTenantAsync();

        var response = await api.ResetAsync(new JsonObject { ["start"] = "0001-01-01T00:00:00Z" });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "INVALID_CLOCK_START");
        await api.AuthenticateAsync();
        (await api.NowAsync()).Should().Be("2026-03-02T08:00:00.000Z");
    }

    [Fact]
    public async Task AdvanceToAnInstantPastTheEnd_IsRefused_AndTheClockStays()
    {
        var api = await fixture.NewTenantAsync("2999-12-31T00:00:00Z");

        var response = await api.AdvanceClockAsync(new JsonObject { ["to"] = "3000-01-01T00:00:00Z" });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "INVALID_TARGET");
        (await api.NowAsync()).Should().Be("2999-12-31T00:00:00.000Z");
    }
}
