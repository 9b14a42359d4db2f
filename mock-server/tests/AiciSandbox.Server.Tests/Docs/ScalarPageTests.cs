using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Docs;

/// <summary>
/// <c>/docs</c> (Scalar) works offline with the default tenant: the token flow is prefilled with its client id, secret and
/// both scopes in both documents, requests go to the sandbox that served the page, and nothing calls the internet.
/// </summary>
public sealed partial class ScalarPageTests : IAsyncLifetime
{
    private readonly SandboxHost host = new SandboxHost().With("Sandbox:DefaultTenant:ClientSecret", "docs-page-secret");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Configuration_PrefillsTheDefaultTenantAndBothScopes_AndTurnsOffEverythingOnline()
    {
        var page = await host.CreateClient().GetStringAsync("/docs/");

        var config = JsonNode.Parse(ConfigurationJson().Match(page).Groups["json"].Value)!;
        var flow = config["authentication"]!["securitySchemes"]!["securityHeader"]!["flows"]!["clientCredentials"]!;
        flow["x-scalar-client-id"]!.GetValue<string>().Should().Be("sandbox-demo");
        flow["clientSecret"]!.GetValue<string>().Should().Be("docs-page-secret");
        flow["tokenUrl"]!.GetValue<string>().Should().Be("/api/oauth/v1/token");
        flow["selectedScopes"]!.AsArray().Select(s => s!.GetValue<string>()).Should().BeEquivalentTo("homeplus.tiersprestations", "sandbox.control");
        config["servers"]![0]!["url"]!.GetValue<string>().Should().Be("http://localhost");
        config["agent"]!["disabled"]!.GetValue<bool>().Should().BeTrue();
        config["mcp"]!["disabled"]!.GetValue<bool>().Should().BeTrue();
        config["telemetry"]!.GetValue<bool>().Should().BeFalse();
        config["withDefaultFonts"]!.GetValue<bool>().Should().BeFalse();
        config["showDeveloperTools"]!.GetValue<string>().Should().Be("never");
        config["hideClientButton"]!.GetValue<bool>().Should().BeTrue();
        config["proxyUrl"].Should().BeNull();
        page.Should().NotMatchRegex("(src|href)=\"https?://");
    }

    [Fact]
    public async Task BothDocuments_OfferTheTokenFlowTheDocsPagePrefills()
    {
        var http = host.CreateClient();

        foreach (var document in new[] { "urssaf-tiers-prestation.v1", "sandbox-control.v1" })
        {
            var json = JsonNode.Parse(await http.GetStringAsync($"/openapi/{document}.json"))!;
            var flow = json["components"]!["securitySchemes"]!["securityHeader"]!["flows"]!["clientCredentials"]!;
            flow["tokenUrl"]!.GetValue<string>().Should().Be("/api/oauth/v1/token", document);
            flow["scopes"]!.AsObject().Select(p => p.Key).Should().BeEquivalentTo(["homeplus.tiersprestations", "sandbox.control"], document);
        }
    }

    /// <summary>The page as Chromium renders it (no network but the sandbox): the credentials are in the form, no online button.</summary>
    [ChromiumFact]
    public async Task RenderedPage_ShowsTheDefaultTenantsCredentials_AndNoOnlineFeature()
    {
        var baseAddress = host.StartOnLoopback();
        using var chromium = Process.Start(new ProcessStartInfo(ChromiumFactAttribute.Chromium,
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1", "--virtual-time-budget=10000", "--dump-dom",
            new Uri(baseAddress, "/docs/").ToString(),
        ]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var dom = await chromium.StandardOutput.ReadToEndAsync();
        await chromium.WaitForExitAsync();
        var rendered = Scripts().Replace(dom, "");

        rendered.Should().Contain(">sandbox-demo</div>").And.Contain("value=\"docs-page-secret\"");
        rendered.Should().NotContain("Ask AI").And.NotContain("Open API Client").And.NotContain("Generate SDK").And.NotContain("Deploy");
    }

    [GeneratedRegex(@"initialize\(\s*'[^']*',\s*\w+,\s*(?<json>\{.*\}),\s*'", RegexOptions.Singleline)]
    private static partial Regex ConfigurationJson();

    [GeneratedRegex("<script.*?</script>|<style.*?</style>", RegexOptions.Singleline)]
    private static partial Regex Scripts();
}

/// <summary>A fact that needs Debian's Chromium (<c>apt-get install chromium</c>); skipped, saying so, where it is missing.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Chromium)) Skip = $"{Chromium} is missing (apt-get install chromium)";
    }
}
