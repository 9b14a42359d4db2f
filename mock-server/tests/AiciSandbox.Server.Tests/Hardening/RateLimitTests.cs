using System.Net;
using System.Text.Json.Nodes;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Hardening;

/// <summary>A sandbox with a small snapshot quota, so that reaching it takes a handful of calls.</summary>
public sealed class SmallQuotasFixture : SandboxFixture
{
    public const int Snapshots = 2;

    public SmallQuotasFixture() => Host.With("Sandbox:Limits:SnapshotsPerTenant", Snapshots.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>
/// Issue 12, item 7: 1,000 wrong secrets in a row, 300 tenant creations and a steady load never met a 429. Now: a tenant's
/// own limits (none by default), the brute-force guard per client id, quotas on tenant creation and snapshots.
/// </summary>
public sealed class RateLimitTests(SmallQuotasFixture fixture) : IClassFixture<SmallQuotasFixture>
{
    [Fact]
    public async Task NoLimit_ByDefault()
    {
        var api = await fixture.NewTenantAsync();

        var limits = await (await api.GetAsync("/sandbox/v1/rate-limits")).ShouldBeOkJsonAsync();

        limits["api"].Should().BeNull();
        limits["token"].Should().BeNull();
    }

    [Fact]
    public async Task ApiLimit_AnswersTheNextCall429_InTheUrssafFormat_WithRetryAfter_AndSparesOtherTenants()
    {
        var api = await fixture.NewTenantAsync();
        var other = await fixture.NewTenantAsync();
        await SetAsync(api, new JsonObject { ["api"] = Limit(3, 60) });

        for (var call = 0; call < 3; call++)
            await (await api.RechercherParNumerosAsync("FAC-1")).ShouldBeUrssafErrorAsync(HttpStatusCode.BadRequest, "ERR_RECHERCHE_VIDE");
        var limited = await api.RechercherParNumerosAsync("FAC-1");

        var error = await limited.ShouldBeUrssafErrorAsync(HttpStatusCode.TooManyRequests, "RATE_LIMIT_TOO_MANY_REQUESTS");
        error["message"]!.GetValue<string>().Should().Be("Rate limit exceeded ! You reach the limit of 3 requests per 60 seconds");
        limited.Headers.RetryAfter!.Delta!.Value.TotalSeconds.Should().BeInRange(1, 60);
        limited.Headers.GetValues("X-Rate-Limit-Limit").Should().Equal("3");
        limited.Headers.GetValues("X-Rate-Limit-Remaining").Should().Equal("0");
        await (await other.RechercherParNumerosAsync("FAC-1")).ShouldBeUrssafErrorAsync(HttpStatusCode.BadRequest, "ERR_RECHERCHE_VIDE");
        (await api.JournalAsync("last=1")).Should().ContainSingle().Which!["entry"]!["status"]!.GetValue<int>().Should().Be(429);
    }

    [Fact]
    public async Task TokenLimit_AnswersTheNextTokenRequest429_InTheOAuthFormat()
    {
        var api = await fixture.NewTenantAsync();
        await SetAsync(api, new JsonObject { ["token"] = Limit(2, 60) });

        await api.AuthenticateAsync();
        await api.AuthenticateAsync();
        var limited = await TokenAsync(api.ClientId, api.ClientSecret);

        await limited.ShouldBeOAuthErrorAsync(HttpStatusCode.TooManyRequests, "too_many_requests");
        limited.Headers.RetryAfter.Should().NotBeNull();
    }

    [Theory]
    [InlineData("""{"api":{"permits":0,"windowSeconds":1}}""")]
    [InlineData("""{"api":{"permits":10}}""")]
    [InlineData("""{"token":{"permits":5,"windowSeconds":3601}}""")]
    [InlineData("""{"api":{"permits":100001,"windowSeconds":1}}""")]
    public async Task InvalidLimit_IsRefusedWithAProblem(string body)
    {
        var api = await fixture.NewTenantAsync();

        var answer = await api.SendAsync(HttpMethod.Put, "/sandbox/v1/rate-limits", JsonNode.Parse(body));

        await answer.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "INVALID_RATE_LIMIT");
    }

    [Fact]
    public async Task WrongSecrets_LockTheClientIdOut_EvenForTheRightSecret_ButNotOtherClients()
    {
        var api = await fixture.NewTenantAsync();
        var other = await fixture.NewTenantAsync();

        for (var attempt = 0; attempt < 10; attempt++)
            await (await TokenAsync(api.ClientId, "not-the-secret-" + attempt)).ShouldBeOAuthErrorAsync(HttpStatusCode.Unauthorized, "invalid_client");
        var locked = await TokenAsync(api.ClientId, api.ClientSecret);

        await locked.ShouldBeOAuthErrorAsync(HttpStatusCode.TooManyRequests, "too_many_requests");
        locked.Headers.RetryAfter!.Delta!.Value.TotalSeconds.Should().BeInRange(1, 60);
        (await TokenAsync(other.ClientId, other.ClientSecret)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task TenantCreations_BeyondTheCreatorsHourlyQuota_Get429()
    {
        await using var host = new SandboxHost().With("Sandbox:Limits:TenantsPerCreatorPerHour", "3");
        var client = host.CreateClient();
        var creator = await SandboxApi.CreateAsync(client);
        for (var created = 0; created < 3; created++)
            (await creator.PostJsonAsync("/sandbox/v1/tenants", new JsonObject())).StatusCode.Should().Be(HttpStatusCode.Created);

        var refused = await creator.PostJsonAsync("/sandbox/v1/tenants", new JsonObject());

        await refused.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "QUOTA_TENANTS");
        refused.Headers.RetryAfter.Should().NotBeNull();
    }

    [Fact]
    public async Task Snapshots_BeyondTheQuota_AreRefused_UntilOneIsDeleted()
    {
        var api = await fixture.NewTenantAsync();
        var first = await api.SnapshotAsync("un");
        await api.SnapshotAsync("deux");

        var refused = await api.PostJsonAsync("/sandbox/v1/snapshots", null);
        await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict, "QUOTA_INSTANTANES");

        (await api.SendAsync(HttpMethod.Delete, $"/sandbox/v1/snapshots/{first["id"]!.GetValue<string>()}", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await api.SnapshotAsync("trois");
        (await api.SnapshotsAsync()).Select(s => s!["label"]!.GetValue<string>()).Should().Equal("deux", "trois");
    }

    private static JsonObject Limit(int permits, int windowSeconds) => new() { ["permits"] = permits, ["windowSeconds"] = windowSeconds };

    private static async Task SetAsync(SandboxApi api, JsonObject limits) =>
        await (await api.SendAsync(HttpMethod.Put, "/sandbox/v1/rate-limits", limits)).ShouldBeOkJsonAsync();

    private Task<HttpResponseMessage> TokenAsync(string clientId, string secret) => SandboxApi.RequestTokenAsync(fixture.Client, clientId, secret);
}
