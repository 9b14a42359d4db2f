using AiciSandbox.Conformance.Kit.Hosting;
using AiciSandbox.Conformance.Kit.Sandbox;
using AiciSandbox.Conformance.Kit.Scenarios;
using AiciSandbox.Conformance.Runner.Execution;
using AiciSandbox.Conformance.Runner.Pickles;
using AiciSandbox.ReferenceIntegrator;
using Microsoft.Extensions.DependencyInjection;

namespace AiciSandbox.Conformance.Kit.Tests.Support;

/// <summary>A reference integrator (with the given defects) on its own loopback port, and a kit session driving it against the shared sandbox.</summary>
public sealed class KitSession : IAsyncDisposable
{
    private readonly LoopbackApp? _integrator;
    private readonly HttpClient _sandbox;
    private readonly HttpClient _driver;

    private KitSession(LoopbackApp? integrator, HttpClient sandbox, HttpClient driver, TestRunSession session)
    {
        _integrator = integrator;
        _sandbox = sandbox;
        _driver = driver;
        Session = session;
    }

    public TestRunSession Session { get; }

    public static async Task<KitSession> StartAsync(params Defect[] defects)
    {
        var integrator = await LoopbackApp.StartReferenceIntegratorAsync(defects.ToHashSet());
        return await StartAsync(integrator, integrator.Url, TimeSpan.FromSeconds(60));
    }

    /// <summary>A kit session against any driver (a fake one in the tests of the kit's own robustness).</summary>
    public static Task<KitSession> ForDriverAsync(Uri driverUrl, TimeSpan timeout) => StartAsync(null, driverUrl, timeout);

    private static async Task<KitSession> StartAsync(LoopbackApp? integrator, Uri driverUrl, TimeSpan timeout)
    {
        var sandbox = KitHttp.NewClient(await SharedSandbox.UrlAsync(), TimeSpan.FromSeconds(30));
        var driver = KitHttp.NewClient(driverUrl, timeout);
        var session = await TestRun.ForAssemblies([typeof(ConformanceWorld).Assembly], new TestRunOptions
        {
            ConfigureServices = services => services.AddSingleton(new KitConnections(sandbox, driver, SandboxCredentials.Default)),
        }).StartSessionAsync();
        return new KitSession(integrator, sandbox, driver, session);
    }

    /// <summary>Plays the scenarios of the product whose title contains <paramref name="title"/>.</summary>
    public async Task<IReadOnlyList<ScenarioResult>> PlayAsync(string title)
    {
        var scenarios = ProductScenarios.All.Where(s => s.Name.Contains(title, StringComparison.Ordinal)).ToList();
        scenarios.Should().NotBeEmpty($"a scenario titled « {title} » exists");
        var results = new List<ScenarioResult>();
        foreach (var scenario in scenarios) results.Add(await Session.RunScenarioAsync(scenario));
        return results;
    }

    public async ValueTask DisposeAsync()
    {
        await Session.DisposeAsync();
        _sandbox.Dispose();
        _driver.Dispose();
        if (_integrator is not null) await _integrator.DisposeAsync();
    }
}

/// <summary>The scenarios of the repository's scenarios/ folder, as copied next to the tests.</summary>
public static class ProductScenarios
{
    public const string Directory = "scenarios";

    private static readonly Lazy<FeatureSet> Loaded = new(() => new FeatureLoader().LoadDirectory(Directory));

    public static IReadOnlyList<ScenarioDefinition> All => Loaded.Value.Scenarios;
}
