using System.Net;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Operations;

/// <summary>
/// <c>/metrics</c> (Prometheus text, OpenTelemetry): off by default; when enabled, ASP.NET Core's request count and
/// latency, the transitions applied, the demandes by status and the runtime's own meter (GC, JIT, thread pool). Other tests' hosts share the process's meters, so the
/// assertions look for series this test made exist, not for exact totals.
/// </summary>
public sealed class MetricsTests
{
    [Fact]
    public async Task Metrics_AreOffByDefault()
    {
        await using var host = new SandboxHost();

        (await host.CreateClient().GetAsync("/metrics")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Metrics_WhenEnabled_ShowRequestsLatencyTransitionsDemandesByStatusAndTheRuntime()
    {
        await using var host = new SandboxHost().With("Sandbox:Metrics:Enabled", "true");
        var api = await SandboxApi.CreateAsync(host.CreateClient());
        var idClient = await api.RegisterActivatedAsync(TestData.Particulier());
        await api.AdvanceAsync("P2D");
        var id = await api.SubmitAsync(idClient);
        await api.ReachAsync(id, "30");

        var answer = await host.CreateClient().GetAsync("/metrics");
        var text = await answer.Content.ReadAsStringAsync();

        answer.StatusCode.Should().Be(HttpStatusCode.OK);
        answer.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
        text.Should().MatchRegex(@"http_server_request_duration_seconds_count\{[^}]*http_route=""/atp/v1/tiersPrestations/demandePaiement""[^}]*\} [1-9]");
        text.Should().MatchRegex(@"aicisandbox_transitions_total\{[^}]*kind=""demande""[^}]*to=""30""[^}]*\} [1-9]");
        text.Should().MatchRegex(@"aicisandbox_demandes\{[^}]*status=""30""[^}]*\} [1-9]");
        text.Should().MatchRegex(@"(?m)^dotnet_gc_heap_total_allocated_bytes_total(\{[^}]*\})? [1-9]");
        text.Should().MatchRegex(@"(?m)^dotnet_gc_pause_time_seconds_total(\{[^}]*\})? ");
    }
}
