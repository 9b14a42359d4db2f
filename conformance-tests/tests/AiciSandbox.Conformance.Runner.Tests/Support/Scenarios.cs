using Microsoft.Extensions.DependencyInjection;

namespace AiciSandbox.Conformance.Runner.Tests.Support;

/// <summary>Parses feature texts and runs them against chosen binding classes, each test with its own everything.</summary>
internal static class Scenarios
{
    public static IReadOnlyList<ScenarioDefinition> Parse(string featureText, string uri = "test.feature") =>
        new FeatureLoader().Parse(featureText, uri).Scenarios;

    public static Task<TestRunResult> RunAsync(string featureText, Type[] bindings, Action<IServiceCollection>? services = null,
        int parallelism = 1, TimeProvider? time = null) =>
        RunAsync(Parse(featureText), bindings, services, parallelism, time);

    public static Task<TestRunResult> RunAsync(IEnumerable<ScenarioDefinition> scenarios, Type[] bindings,
        Action<IServiceCollection>? services = null, int parallelism = 1, TimeProvider? time = null)
    {
        var options = new TestRunOptions
        {
            ConfigureServices = services,
            MaxDegreeOfParallelism = parallelism,
            TimeProvider = time ?? TimeProvider.System,
        };
        return TestRun.ForTypes(bindings, options).RunAsync(scenarios);
    }

    /// <summary>Runs a feature holding a single scenario and returns that scenario's result.</summary>
    public static async Task<ScenarioResult> RunOneAsync(string featureText, params Type[] bindings) =>
        (await RunAsync(featureText, bindings)).Scenarios.Single();

    /// <summary>Runs a feature with a fresh <see cref="CallLog"/> singleton, returning the run and what the steps recorded.</summary>
    public static async Task<(TestRunResult Run, CallLog Log)> RunLoggedAsync(string featureText, params Type[] bindings)
    {
        var log = new CallLog();
        var run = await RunAsync(featureText, bindings, s => s.AddSingleton(log));
        return (run, log);
    }
}

/// <summary>What step and hook methods were called with, in order; one per test.</summary>
public sealed class CallLog
{
    private readonly Lock _lock = new();
    private readonly List<string> _entries = [];

    public IReadOnlyList<string> Entries
    {
        get
        {
            lock (_lock) return _entries.ToArray();
        }
    }

    public void Add(string entry)
    {
        lock (_lock) _entries.Add(entry);
    }
}
