using System.Reflection;
using AiciSandbox.Conformance.Runner.Bindings;
using AiciSandbox.Conformance.Runner.Pickles;

namespace AiciSandbox.Conformance.Runner.Execution;

/// <summary>
/// Runs scenarios against a set of bindings: one session (test-run hooks, singletons), one scope per scenario,
/// optionally several scenarios at once.
/// </summary>
/// <remarks>
/// Results come back in the order the scenarios were given, whatever the parallelism. The instance only holds
/// configuration and can start any number of runs, one after the other or concurrently.
/// </remarks>
public sealed class TestRun(BindingRegistry registry, TestRunOptions? options = null)
{
    private readonly TestRunOptions _options = options ?? new TestRunOptions();

    /// <summary>The bindings the scenarios run against.</summary>
    public BindingRegistry Registry { get; } = registry;

    /// <summary>A run over the <c>[Binding]</c> classes of the given assemblies.</summary>
    /// <exception cref="BindingException">A binding is invalid.</exception>
    public static TestRun ForAssemblies(IEnumerable<Assembly> assemblies, TestRunOptions? options = null) =>
        new(BindingRegistry.FromAssemblies(assemblies.ToArray()), options);

    /// <summary>A run over the given <c>[Binding]</c> classes only.</summary>
    /// <exception cref="BindingException">A binding is invalid.</exception>
    public static TestRun ForTypes(IEnumerable<Type> types, TestRunOptions? options = null) =>
        new(BindingRegistry.FromTypes(types.ToArray()), options);

    /// <summary>Runs the BeforeTestRun hooks and returns a session that runs scenarios one at a time on request.</summary>
    public Task<TestRunSession> StartSessionAsync() => TestRunSession.StartAsync(Registry, _options);

    /// <summary>Runs every scenario (already filtered by the caller) and collects the results.</summary>
    public async Task<TestRunResult> RunAsync(IEnumerable<ScenarioDefinition> scenarios, CancellationToken cancellation = default)
    {
        var time = _options.TimeProvider;
        var startedAt = time.GetUtcNow();
        var start = time.GetTimestamp();
        var list = scenarios.ToArray();
        var results = new ScenarioResult[list.Length];
        var progressLock = new Lock();
        var session = await StartSessionAsync();
        await using (session)
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.MaxDegreeOfParallelism) };
            await Parallel.ForEachAsync(Enumerable.Range(0, list.Length), parallel, async (index, _) =>
            {
                Report(progressLock, new ScenarioProgress(ScenarioProgressKind.Started, list[index], index, list.Length));
                results[index] = await session.RunScenarioAsync(list[index], cancellation);
                Report(progressLock, new ScenarioProgress(ScenarioProgressKind.Finished, list[index], index, list.Length, results[index]));
            });
        }
        return new TestRunResult(results, startedAt, time.GetElapsedTime(start), session.RunHookErrors);
    }

    private void Report(Lock progressLock, ScenarioProgress progress)
    {
        if (_options.OnProgress is not { } onProgress) return;
        lock (progressLock) onProgress(progress);
    }
}
