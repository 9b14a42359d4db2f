namespace AiciSandbox.Server.Tests.Starting;

/// <summary>What a user reads once the sandbox listens: every URL to open, the default tenant's credentials, the storage.</summary>
public sealed class StartupBannerTests
{
    [Fact]
    public async Task TheBanner_ListsTheApi_TheDocs_TheConsole_TheParticulierSpace_AndTheDefaultCredentials()
    {
        var url = $"http://127.0.0.1:{ServerCommand.FreePort()}";
        await using var sandbox = ServerCommand.Start("--urls", url);
        await sandbox.UntilStartedAsync();

        var banner = sandbox.Output;
        banner.Should().Contain($"Token          POST {url}/api/oauth/v1/token")
            .And.Contain($"API            {url}/atp/v1/tiersPrestations")
            .And.Contain($"Control API    {url}/sandbox/v1")
            .And.Contain($"Docs           {url}/docs")
            .And.Contain($"Console        {url}/console")
            .And.Contain($"Particulier    {url}/particulier")
            .And.Contain("client_id=sandbox-demo  client_secret=sandbox-demo-secret")
            .And.Contain("Storage        SQLite ");
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        foreach (var page in new[] { "/docs", "/console/connexion", "/particulier/connexion" })
            (await http.GetAsync(page)).IsSuccessStatusCode.Should().BeTrue($"{page} is served where the banner says");
    }
}
