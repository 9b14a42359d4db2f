using AiciSandbox.Testing;

namespace AiciSandbox.Web.Tests;

/// <summary>
/// One sandbox served by Kestrel on 127.0.0.1 and one headless Debian chromium for the whole collection: each test opens its
/// own browser context (its own cookies) and creates its own tenant, so tests share no data.
/// </summary>
public sealed class BrowserSandbox : IAsyncLifetime
{
    /// <summary>Where Debian installs chromium (<c>apt-get install chromium</c>; scripts/install-test-packages.sh does it).</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("AICISANDBOX_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private readonly SandboxHost host = new();
    private IPlaywright? playwright;

    public Uri BaseAddress { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        BaseAddress = host.StartOnLoopback();
        Client = new HttpClient { BaseAddress = BaseAddress };
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"No browser at {ChromiumPath}: run scripts/install-test-packages.sh (apt-get install chromium) or set AICISANDBOX_CHROMIUM.");
        playwright = await Playwright.CreateAsync();
        // Playwright's own browser download is impossible here: it drives Debian's chromium (packages-available-here.md).
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>A fresh browser context (no cookies) with a page on the sandbox, French and laptop-sized unless told.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseAddress.ToString().TrimEnd('/'), Locale = "fr-FR", ViewportSize = new() { Width = width, Height = height },
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>A fresh tenant on a manual clock starting Monday 2 March 2026, 08:00 UTC, with its API token.</summary>
    public Task<SandboxApi> NewTenantAsync() => SandboxApi.CreateAsync(Client);

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        playwright?.Dispose();
        Client?.Dispose();
        await host.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSandbox>
{
    public const string Name = "browser";
}
