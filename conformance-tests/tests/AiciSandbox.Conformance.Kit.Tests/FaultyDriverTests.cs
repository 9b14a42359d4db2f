using System.Net;
using System.Net.Sockets;
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
    public async Task ADriverThatHangs_FailsAtItsTimeout()
    {
        _driver.Given(Request.Create().WithPath("/driver/v1/clients").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithDelay(TimeSpan.FromSeconds(5)).WithBody("{}"));
        await using var kit = await KitSession.ForDriverAsync(new Uri(_driver.Urls[0]), TimeSpan.FromMilliseconds(500));

        var result = (await kit.PlayAsync(Scenario)).Single();

        result.FailedStep!.ErrorMessage.Should().Contain("n'a pas répondu à POST /driver/v1/clients dans le délai");
    }

    [Fact]
    public async Task NoDriverThere_FailsEveryScenario_WithoutCrashingTheRun()
    {
        await using var kit = await KitSession.ForDriverAsync(new Uri($"http://127.0.0.1:{FreePort()}"), TimeSpan.FromSeconds(5));

        var result = (await kit.PlayAsync(Scenario)).Single();

        result.FailedStep!.ErrorMessage.Should().Contain("Le pilote de l'intégrateur ne répond pas à POST /driver/v1/configuration");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
