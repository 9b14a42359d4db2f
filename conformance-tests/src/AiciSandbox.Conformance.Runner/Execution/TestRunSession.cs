using AiciSandbox.Conformance.Runner.Bindings;
using AiciSandbox.Conformance.Runner.Pickles;
using Microsoft.Extensions.DependencyInjection;

namespace AiciSandbox.Conformance.Runner.Execution;

/// <summary>
/// A started run: the root service provider (singletons live as long as the session), after the BeforeTestRun hooks;
/// disposing it runs the AfterTestRun hooks and disposes the singletons.
/// </summary>
/// <remarks>
/// <see cref="RunScenarioAsync"/> may be called concurrently: each scenario gets its own scope and nothing else is
/// shared. Use a session directly when scenarios are driven one by one (one xunit test case each).
/// </remarks>
public sealed class TestRunSession : IAsyncDisposable
{
    private readonly BindingRegistry _registry;
    private readonly ServiceProvider _services;
    private readonly ScenarioRunner _runner;
    private readonly TimeProvider _time;
    private readonly string? _startFailure;
    private IReadOnlyList<string> _endFailures = [];

    private TestRunSession(BindingRegistry registry, TestRunOptions options, string? startFailure)
    {
        _registry = registry;
        _services = ScenarioServices.Build(registry, options);
        _runner = new ScenarioRunner(registry, _services, options.TimeProvider);
        _time = options.TimeProvider;
        _startFailure = startFailure;
    }

    /// <summary>Errors of the BeforeTestRun hooks and, once disposed, of the AfterTestRun hooks.</summary>
    public IReadOnlyList<string> RunHookErrors => _startFailure is null ? _endFailures : [_startFailure, .. _endFailures];

    /// <summary>Runs the BeforeTestRun hooks of <paramref name="registry"/> and builds the run's services.</summary>
    public static async Task<TestRunSession> StartAsync(BindingRegistry registry, TestRunOptions options)
    {
        var failures = await RunStaticHooksAsync(registry, HookKind.BeforeTestRun);
        return new TestRunSession(registry, options, failures.Count == 0 ? null : string.Join(Environment.NewLine, failures));
    }

    /// <summary>Runs one scenario in a fresh scope. When a BeforeTestRun hook failed, the scenario fails without running.</summary>
    public Task<ScenarioResult> RunScenarioAsync(ScenarioDefinition scenario, CancellationToken cancellation = default)
    {
        if (_startFailure is not null) return Task.FromResult(_runner.NotRun(scenario, ResultStatus.Failed, _startFailure));
        if (cancellation.IsCancellationRequested)
            return Task.FromResult(_runner.NotRun(scenario, ResultStatus.Skipped, "The run was cancelled before this scenario."));
        return _runner.RunAsync(scenario, cancellation);
    }

    /// <summary>
    /// Opens a scenario that another framework drives step by step (<see cref="Hosting.HostedScenario"/>).
    /// </summary>
    /// <exception cref="InvalidOperationException">A BeforeTestRun hook failed.</exception>
    public Hosting.HostedScenario BeginScenario(ScenarioDefinition scenario, CancellationToken cancellation = default) =>
        _startFailure is null
            ? new Hosting.HostedScenario(_registry, _services, scenario, _time, cancellation)
            : throw new InvalidOperationException(_startFailure);

    /// <summary>Runs the AfterTestRun hooks, then disposes the singletons.</summary>
    public async ValueTask DisposeAsync()
    {
        _endFailures = await RunStaticHooksAsync(_registry, HookKind.AfterTestRun);
        await _services.DisposeAsync();
    }

    private static async Task<IReadOnlyList<string>> RunStaticHooksAsync(BindingRegistry registry, HookKind kind)
    {
        var failures = new List<string>();
        foreach (var hook in registry.HooksOf(kind))
        {
            try
            {
                await MethodInvoker.InvokeAsync(hook.Method, null, []);
            }
            catch (Exception e)
            {
                failures.Add($"{kind} hook {hook.Name} failed: {e.Message}");
            }
        }
        return failures;
    }
}
