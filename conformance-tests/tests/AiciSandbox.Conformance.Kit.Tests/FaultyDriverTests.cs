using AiciSandbox.Conformance.Kit.Driver;
using AiciSandbox.Conformance.Kit.Sandbox;
using AiciSandbox.Conformance.Kit.Scenarios;
using AiciSandbox.Conformance.Kit.Tests.Support;
using AiciSandbox.Conformance.Runner.Execution;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace AiciSandbox.Conformance.Kit.Tests;

/// <summary>
/// A driver that breaks its contract, crashes, answers garbage, hangs or is not there: the scenario fails with a message
/// that says what the driver did, and the run goes on — the kit itself never crashes.
/// </summary>
public sealed class FaultyDriverTests : IDisposable
{
    private const string Scenario = "Un particulier éligible est inscrit";
    private readonly WireMockServer _driver = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"], StartAdminInterface = false });

    public FaultyDriverTests() =>
        _driver.Given(Request.Create().WithPath("/driver/v1/configuration").UsingPost()).RespondWith(Response.Create().WithStatusCode(204));

    public void Dispose() => _driver.Stop();

    [Theory]
    [InlineData(500, """{"message":"NullReferenceException"}""", "Le logiciel a échoué : le pilote a répondu HTTP 500 à POST /driver/v1/clients")]
    [InlineData(200, """{"reference":"Jeanne","state":"ok"}""", "sort du contrat (openapi/integrator-driver.v1.yaml) : POST /driver/v1/clients a répondu avec state « ok »")]
    [InlineData(200, """{"state":"registered"}""", "POST /driver/v1/clients a répondu sans « reference »")]
    [InlineData(200, "<html>oups</html>", "Réponse du pilote illisible pour POST /driver/v1/clients")]
    [InlineData(200, """{"reference":"Jeanne","state":3}""", "Réponse du pilote illisible")]
    [InlineData(404, """{"message":"route inconnue"}""", "Le pilote a refusé POST /driver/v1/clients : HTTP 404")]
    public async Task ADriverOutsideItsContract_FailsTheScenario_SayingWhat(int status, string body, string message)
    {
        _driver.Given(Request.Create().WithPath("/driver/v1/clients").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));
        await using var kit = await KitSession.ForDriverAsync(new Uri(_driver.Urls[0]), TimeSpan.FromSeconds(10));

        var result = (await kit.PlayAsync(Scenario)).Single();

        result.Status.Should().Be(ResultStatus.Failed);
        result.FailedStep!.ErrorMessage.Should().Contain(message);
    }

    [Fact]
    public async Task ADriverThatHangsPastTheTimeout_FailsSayingSo_WithoutWaiting()
    {
        // HttpClient reports its timeout as a TaskCanceledException around a TimeoutException: the handler answers that at once.
        using var http = new HttpClient(new TimedOutHandler()) { BaseAddress = new Uri("http://127.0.0.1:5180"), Timeout = TimeSpan.FromSeconds(60) };
        var driver = new DriverClient(http, new RecordingAttachments(), "Règle : facts §2.1");

        var act = () => driver.RegisterAsync(CustomerFactory.Create("Jeanne", null), CancellationToken.None);

        (await act.Should().ThrowAsync<KitException>()).Which.Message.Should().Contain("n'a pas répondu à POST /driver/v1/clients dans le délai de 60 s");
    }

    private sealed class TimedOutHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromException<HttpResponseMessage>(new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout.", new TimeoutException()));
    }

    [Fact]
    public async Task NoDriverThere_FailsEveryScenario_WithoutCrashingTheRun()
    {
        await using var kit = await KitSession.ForDriverAsync(Loopback.Nowhere(), TimeSpan.FromSeconds(5));

        var result = (await kit.PlayAsync(Scenario)).Single();

        result.FailedStep!.ErrorMessage.Should().Contain("Le pilote de l'intégrateur ne répond pas à POST /driver/v1/configuration");
    }

}
