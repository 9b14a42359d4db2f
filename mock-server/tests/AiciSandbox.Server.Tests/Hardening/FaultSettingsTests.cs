using System.Net;
using System.Text.Json.Nodes;
using AiciSandbox.Server.Faults;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Hardening;

/// <summary>
/// Issue 12, item 6: <c>retryAfterSeconds: -1</c> was accepted and sent as <c>Retry-After: -1</c>; <c>probability</c>, <c>seed</c>
/// and <c>jitterMs</c> were accepted and ignored (probability 0.5 fired 10 times out of 10); a 400 fault had no body.
/// </summary>
public sealed class FaultSettingsTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Theory]
    [InlineData("""{"kind":"status","status":429,"retryAfterSeconds":-1}""")]
    [InlineData("""{"kind":"status","status":429,"retryAfterSeconds":86401}""")]
    [InlineData("""{"kind":"drop","retryAfterSeconds":5}""")]
    [InlineData("""{"probability":0}""")]
    [InlineData("""{"probability":1.5}""")]
    [InlineData("""{"probability":-0.1}""")]
    [InlineData("""{"jitterMs":-1}""")]
    [InlineData("""{"kind":"delay","delayMs":29000,"jitterMs":2000}""")]
    [InlineData("""{"jitterMs":30001}""")]
    public async Task InvalidSetting_IsRefusedWithAProblem(string body)
    {
        var api = await fixture.NewTenantAsync();

        var answer = await api.PostJsonAsync("/sandbox/v1/faults", JsonNode.Parse(body));

        await answer.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "INVALID_FAULT");
    }

    [Fact]
    public async Task ProbabilityHalf_WithASeed_FiresOnSomeCallsOnly_AndOnTheSameCallsForTheSameSeed()
    {
        var first = await FiringsAsync(seed: 7);
        var again = await FiringsAsync(seed: 7);
        var other = await FiringsAsync(seed: 8);

        first.Should().Equal(again, "the same seed fires on the same calls");
        first.Count(fired => fired).Should().BeInRange(3, 17, "probability 0.5 over 20 calls");
        first.Should().NotEqual(other, "another seed draws other calls");
    }

    [Theory]
    [InlineData(400, "ERREUR_VALIDATION")]
    [InlineData(403, "ERREUR_VALIDATION")]
    [InlineData(429, "RATE_LIMIT_TOO_MANY_REQUESTS")]
    [InlineData(500, "ERREUR_TECHNIQUE")]
    [InlineData(502, "ERREUR_TECHNIQUE")]
    [InlineData(503, "ERREUR_TECHNIQUE")]
    public async Task StatusFault_AnswersABodyInTheUrssafFormat_ForEveryStatus(int status, string code)
    {
        var api = await fixture.NewTenantAsync();
        (await api.PostJsonAsync("/sandbox/v1/faults", new JsonObject { ["operation"] = "rechercher", ["status"] = status, ["retryAfterSeconds"] = 0 }))
            .EnsureSuccessStatusCode();

        var answer = await api.RechercherParNumerosAsync("FAC-1");

        await answer.ShouldBeUrssafErrorAsync((HttpStatusCode)status, code);
        answer.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public async Task StatusFault_OnTheTokenEndpoint_AnswersInTheOAuthFormat()
    {
        var api = await fixture.NewTenantAsync();
        (await api.PostJsonAsync("/sandbox/v1/faults", new JsonObject { ["operation"] = "token", ["status"] = 400 })).EnsureSuccessStatusCode();

        var answer = await SandboxApi.RequestTokenAsync(api.Http, api.ClientId, api.ClientSecret);

        await answer.ShouldBeOAuthErrorAsync(HttpStatusCode.BadRequest, "invalid_request");
    }

    [Fact]
    public void Jitter_IsDrawnPerCall_WithinItsBound_AndRepeatableBySeed()
    {
        var fault = new Fault("flt_1", "any", FaultKind.Delay, null, 200, null, 100) { JitterMs = 50, Seed = 3 };

        var waits = Enumerable.Range(0, 40).Select(call => (fault with { Calls = call }).Wait().TotalMilliseconds).ToList();

        waits.Should().AllSatisfy(w => w.Should().BeInRange(200, 250));
        waits.Distinct().Should().HaveCountGreaterThan(5, "the jitter varies from call to call");
        Enumerable.Range(0, 40).Select(call => (fault with { Calls = call }).Wait().TotalMilliseconds).Should().Equal(waits);
    }

    /// <summary>Arms a 503 on <c>rechercher</c> with probability 0.5 and the seed, then which of 20 calls it fired on.</summary>
    private async Task<IReadOnlyList<bool>> FiringsAsync(int seed)
    {
        var api = await fixture.NewTenantAsync();
        var response = await api.PostJsonAsync("/sandbox/v1/faults",
            new JsonObject { ["operation"] = "rechercher", ["status"] = 503, ["count"] = 1000, ["probability"] = 0.5, ["seed"] = seed });
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!["seed"]!.GetValue<int>().Should().Be(seed);
        var fired = new List<bool>();
        for (var call = 0; call < 20; call++)
            fired.Add((await api.RechercherParNumerosAsync("FAC-1")).StatusCode == HttpStatusCode.ServiceUnavailable);
        return fired;
    }
}
