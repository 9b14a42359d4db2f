using System.Net;
using System.Text.Json.Nodes;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Simulation;

/// <summary>
/// <c>GET /sandbox/v1/journal</c>: every request and response of the tenant — headers and payloads, the "Traces" of seed CGU
/// art. 1 and 4.3 — in order, stamped with simulated time, secrets masked (docs/lifecycle.md, « What the tenant can read
/// back »); paged with <c>after</c>/<c>limit</c>, cleared by <c>DELETE</c>, and private to its tenant.
/// </summary>
public sealed class JournalTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task Journal_RecordsEachExchangeInOrder_WithMethodPathStatusAndSimulatedTime()
    {
        var api = await fixture.NewTenantAsync();
        var person = TestData.Particulier("Moreau", "Élodie");

        var idClient = (await (await api.InscrireAsync(person)).ShouldBeOkJsonAsync()).Text("idClient");
        await api.StatutAsync(idClient);
        await api.AdvanceClockAsync(new JsonObject { ["duration"] = "PT2H" });
        var expired = await api.ClockAsync();
        await api.AuthenticateAsync();
        var journal = await api.JournalAsync();
        var again = await api.JournalAsync();

        expired.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        journal.Select(e => (e!["seq"]!.GetValue<long>(), e.Text("entry.method"), e.Text("entry.path"), e["entry"]!["status"]!.GetValue<int>(), Instant(e.Text("entry.simulatedAt"))))
            .Should().Equal(
                (1L, "POST", "/api/oauth/v1/token", 200, Instant("2026-03-02T08:00:00Z")),
                (2L, "POST", "/atp/v1/tiersPrestations/particulier", 200, Instant("2026-03-02T08:00:00Z")),
                (3L, "GET", "/atp/v1/tiersPrestations/particulier", 200, Instant("2026-03-02T08:00:00Z")),
                (4L, "POST", "/sandbox/v1/clock/advance", 200, Instant("2026-03-02T08:00:00Z")),
                (5L, "GET", "/sandbox/v1/clock", 401, Instant("2026-03-02T10:00:00Z")),
                (6L, "POST", "/api/oauth/v1/token", 200, Instant("2026-03-02T10:00:00Z")));
        JsonNode.DeepEquals(again, journal).Should().BeTrue("reading the journal is not journaled");

        var inscription = journal[1]!["entry"]!;
        JsonNode.Parse(inscription.Text("requestBody"))!.Text("nomNaissance").Should().Be("Moreau");
        JsonNode.Parse(inscription.Text("responseBody"))!.Text("idClient").Should().Be(idClient);
        inscription.Text("requestHeaders.Content-Type").Should().StartWith("application/json");
        inscription.Text("responseHeaders.X-Sandbox-Now").Should().Be("2026-03-02T08:00:00.000Z");
        journal[2]!.Text("entry.query").Should().Be($"?idClient={idClient}");
        journal[2]!["entry"]!["requestBody"].Should().BeNull();
        JsonNode.Parse(journal[3]!.Text("entry.responseBody"))!.Text("clock.now").Should().Be("2026-03-02T10:00:00.000Z");
        foreach (var entry in journal.Select(e => e!["entry"]!))
        {
            entry["durationMs"]!.GetValue<long>().Should().BeGreaterThanOrEqualTo(0);
            Instant(entry.Text("receivedAt")).Offset.Should().Be(TimeSpan.Zero);
            entry["truncated"]!.GetValue<bool>().Should().BeFalse();
        }
    }

    [Fact]
    public async Task Secrets_AreMasked_AndTokensAreShownByAFingerprintThatFollowsTheirUse()
    {
        var api = await fixture.NewTenantAsync();
        await api.AuthenticateAsync();
        var token = api.Token!;
        await api.ClockAsync();

        var journal = await api.JournalAsync();
        var raw = journal.ToJsonString();

        raw.Should().NotContain(api.ClientSecret).And.NotContain(token);
        var issue = journal[1]!["entry"]!;
        issue.Text("path").Should().Be("/api/oauth/v1/token");
        issue.Text("requestBody").Should().Contain("client_secret=***").And.Contain($"client_id={api.ClientId}");
        JsonNode.Parse(issue.Text("responseBody"))!.Text("access_token").Should().Be(TimelineCalls.Fingerprint(token));
        var use = journal[2]!["entry"]!;
        use.Text("path").Should().Be("/sandbox/v1/clock");
        use.Text("requestHeaders.Authorization").Should().Be("Bearer " + TimelineCalls.Fingerprint(token));
        TimelineCalls.Fingerprint(token).Should().MatchRegex("^sha256:[0-9a-f]{8}$");
    }

    [Fact]
    public async Task Paging_AfterAndLimit_WalkTheJournalWithoutGapsOrRepeats()
    {
        var api = await fixture.NewTenantAsync();
        for (var i = 0; i < 6; i++) await api.ClockAsync();

        var all = await api.JournalAsync();
        var first = await api.JournalAsync("limit=3");
        var next = await api.JournalAsync($"after={Seq(first[^1])}&limit=3");
        var rest = await api.JournalAsync($"after={Seq(next[^1])}&limit=3");
        var beyond = await api.JournalAsync($"after={Seq(all[^1])}");

        all.Select(Seq).Should().Equal(1, 2, 3, 4, 5, 6, 7);
        first.Concat(next).Concat(rest).Select(Seq).Should().Equal(all.Select(Seq));
        (first.Count, next.Count, rest.Count).Should().Be((3, 3, 1));
        beyond.Should().BeEmpty();
    }

    [Fact]
    public async Task Delete_ClearsTheJournal_WhichThenRecordsTheNextExchangesOnly()
    {
        var api = await fixture.NewTenantAsync();
        await api.InscrireAsync(TestData.Particulier());
        await api.ClockAsync();

        var deleted = await api.ClearJournalAsync();
        var emptied = await api.JournalAsync();
        await api.RechercherParNumerosAsync("FAC-2026-0042");
        var after = await api.JournalAsync();

        deleted.StatusCode.Should().Be(HttpStatusCode.NoContent);
        emptied.Should().BeEmpty();
        after.Select(e => (e.Text("entry.path"), e!["entry"]!["status"]!.GetValue<int>()))
            .Should().Equal(("/atp/v1/tiersPrestations/demandePaiement/rechercher", 400));
        after[0]!.Text("entry.requestBody").Should().Contain("FAC-2026-0042");
    }

    [Fact]
    public async Task AnotherTenantsExchanges_NeverAppearInTheJournal_AndItsDeleteLeavesThisOneAlone()
    {
        var (mine, other) = (await fixture.NewTenantAsync(), await fixture.NewTenantAsync());
        var numero = TestData.NumeroFacture();
        var idOfOther = await other.RegisterAsync(TestData.Particulier());
        await other.RechercherParNumerosAsync(numero);
        await mine.ClockAsync();

        (await other.ClearJournalAsync()).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var journal = await mine.JournalAsync();

        journal.Select(e => e.Text("entry.path")).Should().Equal("/api/oauth/v1/token", "/sandbox/v1/clock");
        var raw = journal.ToJsonString();
        raw.Should().NotContain(idOfOther).And.NotContain(numero).And.NotContain(other.ClientId);
        (await other.JournalAsync()).Should().BeEmpty();
    }

    /// <summary>
    /// The journal keeps a request body as the integrator sent it, a UTF-8 byte order mark aside, up to 65,536 characters —
    /// a body of more bytes but no more characters (accented text) whole, a longer one cut and marked truncated.
    /// </summary>
    [Theory]
    [InlineData(true, 200, 'a', false)]
    [InlineData(false, 65_536, 'a', false)]
    [InlineData(false, 65_537, 'a', true)]
    [InlineData(true, 40_000, 'é', false)]
    [InlineData(false, 70_000, 'é', true)]
    public async Task Bodies_AreKeptAsSent_UpToTheBound_WithoutAByteOrderMark(bool byteOrderMark, int chars, char filler, bool truncated)
    {
        var api = await fixture.NewTenantAsync();
        await api.AuthenticateAsync();
        const string head = "{\"numFactureTiers\":[\"";
        const string tail = "\"]}";
        var text = head + new string(filler, chars - head.Length - tail.Length) + tail;
        var bytes = (byteOrderMark ? "\uFEFF"u8.ToArray() : []).Concat(System.Text.Encoding.UTF8.GetBytes(text)).ToArray();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{SandboxApi.Urssaf}/demandePaiement/rechercher")
        {
            Content = new ByteArrayContent(bytes) { Headers = { ContentType = new("application/json") } },
        };
        request.Headers.Authorization = new("Bearer", api.Token);
        await api.Http.SendAsync(request);

        var entry = (await api.JournalAsync())[^1]!["entry"]!;

        entry.Text("path").Should().EndWith("/demandePaiement/rechercher");
        entry.Text("requestBody").Should().Be(truncated ? text[..65_536] : text);
        entry["truncated"]!.GetValue<bool>().Should().Be(truncated);
    }

    private static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static long Seq(JsonNode? entry) => entry!["seq"]!.GetValue<long>();
}
