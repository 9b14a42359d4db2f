using AiciSandbox.Conformance.Runner.Bindings;
using AiciSandbox.Conformance.Runner.Execution;
using AiciSandbox.Conformance.Runner.Hosting;
using Microsoft.Extensions.DependencyInjection;
using TechTalk.SpecFlow;
using TechTalk.SpecFlow.Infrastructure;

namespace AiciSandbox.Conformance.SpecFlowPlugin;

/// <summary>
/// The run SpecFlow hosts: the runner's bindings, one <see cref="TestRunSession"/> started before the first scenario
/// (after every <see cref="IRunSetup"/> of the step assemblies), and the scenario in progress.
/// </summary>
/// <remarks>
/// Scenarios run one at a time, whatever the test framework's parallelism: the software under test holds one
/// configuration (one sandbox tenant) at a time, as with the command line.
/// </remarks>
public sealed class HostedRun(PluginSettings settings) : IAsyncDisposable
{
    private readonly SemaphoreSlim _startLock = new(1, 1);
    private readonly SemaphoreSlim _oneScenarioAtATime = new(1, 1);
    private readonly List<IAsyncDisposable> _started = [];
    private BindingRegistry? _registry;
    private TestRunSession? _session;
    private ScenarioLocator? _locator;

    internal void Attach(BindingRegistry registry) => _registry = registry;

    /// <summary>The command line's message for a step SpecFlow found no definition for (null: SpecFlow's own).</summary>
    internal string? ExplainUndefined(TechTalk.SpecFlow.Bindings.StepInstance step) => UndefinedSteps.Explain(_registry, step);

    internal async Task OpenScenarioAsync(IContextManager context)
    {
        var session = await SessionAsync();
        await _oneScenarioAtATime.WaitAsync();
        try
        {
            var definition = (_locator ??= new ScenarioLocator(settings.Get("features")))
                .Find(context.FeatureContext.FeatureInfo, context.ScenarioContext.ScenarioInfo);
            var scenario = session.BeginScenario(definition);
            context.ScenarioContext.ScenarioContainer.RegisterInstanceAs(scenario);
            await scenario.BeforeAsync();
        }
        catch
        {
            if (!context.ScenarioContext.ScenarioContainer.IsRegistered<HostedScenario>()) _oneScenarioAtATime.Release();
            throw;
        }
    }

    internal Task RunStepAsync(IContextManager context) =>
        Current(context).RunStepAsync(context.StepContext.StepInfo.Text);

    internal async Task CloseScenarioAsync(IContextManager context)
    {
        if (!context.ScenarioContext.ScenarioContainer.IsRegistered<HostedScenario>()) return;
        var scenario = Current(context);
        try
        {
            await scenario.AfterAsync();
        }
        finally
        {
            var output = context.ScenarioContext.ScenarioContainer.Resolve<ISpecFlowOutputHelper>();
            foreach (var attachment in scenario.Attachments)
                output.WriteLine($"--- {attachment.Name} ---{Environment.NewLine}{attachment.Content}");
            await scenario.DisposeAsync();
            _oneScenarioAtATime.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_session is { } session) await session.DisposeAsync();
        _session = null;
        foreach (var started in Enumerable.Reverse(_started)) await started.DisposeAsync();
        _started.Clear();
    }

    private static HostedScenario Current(IContextManager context) => context.ScenarioContext.ScenarioContainer.Resolve<HostedScenario>();

    private async Task<TestRunSession> SessionAsync()
    {
        await _startLock.WaitAsync();
        try
        {
            if (_session is not null) return _session;
            var registry = _registry ?? throw new InvalidOperationException("SpecFlow n'a pas construit les liaisons du kit.");
            var services = new ServiceCollection();
            foreach (var setup in Setups(registry))
            {
                if (await setup.SetUpAsync(services, settings.Get, CancellationToken.None) is { } started) _started.Add(started);
            }
            return _session = await TestRunSession.StartAsync(registry, new TestRunOptions
            {
                ConfigureServices = configure => { foreach (var service in services) configure.Add(service); },
            });
        }
        finally
        {
            _startLock.Release();
        }
    }

    private static IEnumerable<IRunSetup> Setups(BindingRegistry registry) =>
        registry.BindingTypes.Select(t => t.Assembly).Distinct()
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IRunSetup).IsAssignableFrom(t))
            .Select(t => (IRunSetup)Activator.CreateInstance(t)!);
}
