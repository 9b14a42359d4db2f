using System.Text.Json;
using AiciSandbox.Conformance.Kit.Cli;
using AiciSandbox.Conformance.Kit.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace AiciSandbox.Conformance.Kit.Tests;

/// <summary>
/// The secret of each scenario's sandbox tenant goes to the driver (POST /driver/v1/configuration) but never to a report:
/// the driver attachments show it as ***. The kit creates its tenants through a recording proxy (WireMock.Net) in front
/// of the shared sandbox, which is how the test learns the secrets the sandbox shows only once.
/// </summary>
public sealed class SecretMaskingTests : IDisposable
{
    private readonly DirectoryInfo _out = Directory.CreateTempSubdirectory("aici-kit-secrets-");
    private WireMockServer? _proxy;

    public void Dispose()
    {
        _proxy?.Stop();
        _out.Delete(recursive: true);
    }

    [Fact]
    public async Task NoReportFile_CarriesATenantsClientSecret()
    {
        _proxy = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"], StartAdminInterface = false });
        _proxy.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithProxy((await SharedSandbox.UrlAsync()).ToString().TrimEnd('/')));

        var output = new StringWriter();
        var exit = await KitProgram.Command(output).Parse(["run", "--reference-integrator", "--sandbox", _proxy.Urls[0],
            "--scenarios", ProductScenarios.Directory, "--tags", "@jeton", "--out", _out.FullName], KitProgram.ParserSettings).InvokeAsync();

        exit.Should().Be(0, output.ToString());
        var secrets = _proxy.LogEntries
            .Where(e => e.RequestMessage?.Method == "POST" && e.RequestMessage.Path == "/sandbox/v1/tenants")
            .Select(e => JsonDocument.Parse(e.ResponseMessage!.BodyData!.BodyAsString!).RootElement.GetProperty("clientSecret").GetString()!)
            .ToList();
        secrets.Should().HaveCount(3, "one tenant per scenario of @jeton").And.OnlyContain(s => s.Length >= 16);
        var files = Directory.GetFiles(_out.FullName, "*", SearchOption.AllDirectories);
        files.Select(Path.GetFileName).Should().Contain(["report.html", "cucumber.ndjson", "junit.xml", "summary.json"])
            .And.Contain(f => f!.EndsWith(".har", StringComparison.Ordinal));
        File.ReadAllText(Path.Combine(_out.FullName, "cucumber.ndjson")).Should()
            .Contain("pilote : POST /driver/v1/configuration").And.Contain("\\u0022clientSecret\\u0022:\\u0022***\\u0022", "the configuration the driver got is in the report, masked");
        foreach (var file in files)
            File.ReadAllText(file).Should().NotContainAny(secrets, $"{Path.GetFileName(file)} is a report: a tenant's secret never reaches it");
        output.ToString().Should().NotContainAny(secrets);
    }
}
