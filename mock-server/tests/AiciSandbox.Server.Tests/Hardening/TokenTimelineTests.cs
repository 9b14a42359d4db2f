using System.Net;
using System.Text.Json.Nodes;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Hardening;

/// <summary>
/// Issue 12, item 3: a token issued in 2030 still worked after a reset to 2026. A token opens the API only while
/// issued-at ≤ now &lt; expiry on the tenant's clock, in the timeline that issued it (TokenValidity).
/// </summary>
public sealed class TokenTimelineTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task TokenIssuedIn2030_IsRefused_AfterAResetTo2026()
    {
        var api = await fixture.NewTenantAsync("2030-06-03T09:00:00Z");
        var issuedIn2030 = api.Token;
        (await api.ResetAsync(new JsonObject { ["start"] = "2026-03-02T08:00:00Z" })).EnsureSuccessStatusCode();

        api.UseToken(issuedIn2030);
        await (await api.StatutAsync("0123456789")).ShouldBeEmptyAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task TokenIssuedAfterASnapshot_IsRefused_OnceTheSnapshotIsRestored()
    {
        var api = await fixture.NewTenantAsync();
        var snapshot = await api.SnapshotAsync("avant");
        await api.AdvanceAsync("P2D");
        var issuedLater = api.Token;
        (await api.RestoreAsync(snapshot["id"]!.GetValue<string>())).EnsureSuccessStatusCode();

        api.UseToken(issuedLater);
        await (await api.StatutAsync("0123456789")).ShouldBeEmptyAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task TokenOfThePreviousTimeline_IsRefused_EvenWhenTheNewClockIsInsideItsHour()
    {
        var api = await fixture.NewTenantAsync();
        var before = api.Token;
        (await api.ResetAsync(new JsonObject { ["start"] = "2026-03-02T08:10:00Z" })).EnsureSuccessStatusCode();

        api.UseToken(before);
        await (await api.StatutAsync("0123456789")).ShouldBeEmptyAsync(HttpStatusCode.Unauthorized);
        await api.AuthenticateAsync();
        (await api.StatutAsync("0123456789")).StatusCode.Should().NotBe(HttpStatusCode.Unauthorized);
    }
}
