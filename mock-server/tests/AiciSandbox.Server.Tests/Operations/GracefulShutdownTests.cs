using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using AiciSandbox.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AiciSandbox.Server.Tests.Operations;

/// <summary>
/// Stopping the sandbox (SIGTERM, <c>docker stop</c>) closes the listener at once but lets a request in flight finish
/// with its answer. The request is held in flight by a delay fault on the host's fake real clock, so nothing sleeps.
/// </summary>
public sealed class GracefulShutdownTests
{
    /// <summary>A bound on each wait, so that a broken shutdown fails the test instead of hanging the run (nothing waits it out when all is well).</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Stop_LetsTheRequestInFlightFinish_AfterTheListenerIsClosed()
    {
        var host = new SandboxHost();
        var realTime = host.UseFakeRealTime(DateTimeOffset.Parse("2026-03-02T08:00:00Z"));
        var baseAddress = host.StartOnLoopback();
        using var http = new HttpClient { BaseAddress = baseAddress };
        var api = await SandboxApi.CreateAsync(http);
        (await api.PostJsonAsync("/sandbox/v1/faults", new JsonObject { ["operation"] = "rechercher", ["kind"] = "delay", ["delayMs"] = 5000 }))
            .EnsureSuccessStatusCode();
        var stopping = new TaskCompletionSource();
        host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(() => stopping.SetResult());

        var inFlight = api.PostJsonAsync("/atp/v1/tiersPrestations/demandePaiement/rechercher",
            new JsonObject { ["numFactureTiers"] = new JsonArray("FAC-EN-VOL") });
        await UntilFaultIsTakenAsync(api).WaitAsync(Bound);
        var disposing = host.DisposeAsync().AsTask();
        await stopping.Task.WaitAsync(Bound);
        await UntilListenerClosedAsync(baseAddress).WaitAsync(Bound);
        realTime.Advance(TimeSpan.FromSeconds(5));

        var answer = await inFlight.WaitAsync(Bound);
        answer.StatusCode.Should().Be(HttpStatusCode.BadRequest, "the search ran to its URSSAF answer (nothing found)");
        (await answer.Content.ReadAsStringAsync()).Should().Contain("ERR_RECHERCHE_VIDE");
        await disposing.WaitAsync(Bound);
    }

    /// <summary>The fault is used up when the delayed request has reached it.</summary>
    private static async Task UntilFaultIsTakenAsync(SandboxApi api)
    {
        while ((await SandboxApi.JsonOf(await api.GetAsync("/sandbox/v1/faults"))).AsArray().Count > 0) await Task.Yield();
    }

    private static async Task UntilListenerClosedAsync(Uri address)
    {
        while (true)
        {
            using var probe = new TcpClient();
            try
            {
                await probe.ConnectAsync(address.Host, address.Port);
            }
            catch (SocketException)
            {
                return;
            }
            await Task.Yield();
        }
    }
}
