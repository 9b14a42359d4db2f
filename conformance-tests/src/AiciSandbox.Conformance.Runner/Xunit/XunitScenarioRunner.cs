using AiciSandbox.Conformance.Runner.Execution;
using AiciSandbox.Conformance.Runner.Reports;
using Xunit.Abstractions;

namespace AiciSandbox.Conformance.Runner.Xunit;

/// <summary>
/// Runs one <see cref="GherkinScenarioCase"/> inside an xunit test and fails the test, with the step report, when the
/// scenario did not pass.
/// </summary>
/// <remarks>
/// Share one <see cref="TestRunSession"/> per test class (an <c>IAsyncLifetime</c> fixture) to keep singletons and
/// test-run hooks for the whole class; the overload taking a <see cref="TestRun"/> starts a session per case.
/// </remarks>
public static class XunitScenarioRunner
{
    /// <summary>Runs the case in an existing session; returns the result when it passed.</summary>
    /// <exception cref="ScenarioFailedException">The scenario failed, or has undefined, ambiguous or skipped steps.</exception>
    public static async Task<ScenarioResult> RunAsync(
        GherkinScenarioCase testCase, TestRunSession session, ITestOutputHelper? output = null, CancellationToken cancellation = default)
    {
        var result = await session.RunScenarioAsync(testCase.Load(), cancellation);
        output?.WriteLine(StepReport.Format(result));
        foreach (var attachment in result.Attachments)
            output?.WriteLine($"--- {attachment.Name} ({attachment.MediaType}){Environment.NewLine}{attachment.Content}");
        return result.Passed ? result : throw new ScenarioFailedException(result);
    }

    /// <summary>Runs the case in a session of its own (test-run hooks run around it).</summary>
    /// <exception cref="ScenarioFailedException">The scenario did not pass.</exception>
    public static async Task<ScenarioResult> RunAsync(
        GherkinScenarioCase testCase, TestRun run, ITestOutputHelper? output = null, CancellationToken cancellation = default)
    {
        await using var session = await run.StartSessionAsync();
        return await RunAsync(testCase, session, output, cancellation);
    }
}
