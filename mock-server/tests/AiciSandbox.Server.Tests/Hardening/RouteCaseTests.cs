using System.Net;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Hardening;

/// <summary>
/// Issue 12, item 9: <c>/ATP/V1/TIERSPRESTATIONS/PARTICULIER</c> was served. API paths match with their exact case, like the
/// real gateway; a wrong case is an unknown path: 404 without a body (D12, docs/decisions.md "Route case").
/// </summary>
public sealed class RouteCaseTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Theory]
    [InlineData("/ATP/V1/TIERSPRESTATIONS/PARTICULIER?idClient=0123456789")]
    [InlineData("/atp/v1/tiersprestations/particulier?idClient=0123456789")]
    [InlineData("/atp/v1/tiersPrestations/Particulier?idClient=0123456789")]
    [InlineData("/SANDBOX/V1/CLOCK")]
    [InlineData("/sandbox/v1/Clock")]
    public async Task WrongCase_IsAnUnknownPath(string path)
    {
        var api = await fixture.NewTenantAsync();

        var answer = await api.GetAsync(path);

        await answer.ShouldBeEmptyAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task WrongCase_OnTheTokenEndpoint_IsAnUnknownPath()
    {
        var answer = await fixture.Client.PostAsync("/API/OAUTH/V1/TOKEN", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = SandboxApi.DefaultClientId, ["client_secret"] = SandboxApi.DefaultClientSecret,
        }));

        await answer.ShouldBeEmptyAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ExactCase_IsServed()
    {
        var api = await fixture.NewTenantAsync();

        (await api.GetAsync("/sandbox/v1/clock")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await api.GetAsync("/atp/v1/tiersPrestations/particulier?idClient=0123456789")).StatusCode.Should().NotBe(HttpStatusCode.NotFound);
    }
}
