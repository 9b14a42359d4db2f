using AiciSandbox.Conformance.Runner.Bindings;
using AiciSandbox.Conformance.Runner.Matching;
using AiciSandbox.Conformance.Runner.Pickles;
using Microsoft.Extensions.DependencyInjection;

namespace AiciSandbox.Conformance.Runner.Execution;

/// <summary>
/// Runs one scenario in its own service scope: BeforeScenario hooks, each step between its step hooks, then
/// AfterScenario hooks (always), then disposes the scope and with it the scenario's context objects.
/// </summary>
/// <remarks>
/// Holds no state between scenarios, so one instance can run many scenarios concurrently. After a step that did not
/// pass, later steps are Skipped, except that an undefined or ambiguous later step is still reported as such (as
/// Cucumber does), so one run lists every missing definition.
/// </remarks>
internal sealed class ScenarioRunner(BindingRegistry registry, IServiceProvider services, TimeProvider time)
{
    private readonly StepMatcher _matcher = new(registry);

    public async Task<ScenarioResult> RunAsync(ScenarioDefinition scenario, CancellationToken cancellation)
    {
        var startedAt = time.GetUtcNow();
        var start = time.GetTimestamp();
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ScenarioSlot>().Info = new ScenarioInfo(scenario, cancellation);
        var attachments = scope.ServiceProvider.GetRequiredService<ScenarioAttachments>();
        var hooks = new HookRunner(registry, scope.ServiceProvider, time, scenario.Tags);

        var hookResults = new List<HookResult>(await hooks.RunScenarioHooksAsync(HookKind.BeforeScenario));
        var canRun = hookResults.All(h => h.Status == ResultStatus.Passed);
        var steps = new List<StepResult>();
        for (var i = 0; i < scenario.Steps.Count; i++)
        {
            attachments.EnterStep(i);
            var result = await RunStepAsync(scenario.Steps[i], canRun && !cancellation.IsCancellationRequested, scope.ServiceProvider, hooks);
            canRun &= result.Status == ResultStatus.Passed;
            steps.Add(result);
        }
        attachments.EnterStep(null);
        hookResults.AddRange(await hooks.RunScenarioHooksAsync(HookKind.AfterScenario));

        var (status, error) = Verdict(steps, hookResults);
        return new ScenarioResult(scenario, status, startedAt, time.GetElapsedTime(start), steps, hookResults, attachments.Items, error);
    }

    /// <summary>The result of a scenario that was not run because the run was cancelled or could not start.</summary>
    public ScenarioResult NotRun(ScenarioDefinition scenario, ResultStatus status, string? error)
    {
        var now = time.GetUtcNow();
        var steps = scenario.Steps.Select(s => new StepResult(s, ResultStatus.Skipped, now, TimeSpan.Zero)).ToArray();
        return new ScenarioResult(scenario, status, now, TimeSpan.Zero, steps, [], [], error);
    }

    private async Task<StepResult> RunStepAsync(ScenarioStep step, bool canRun, IServiceProvider scope, HookRunner hooks)
    {
        var startedAt = time.GetUtcNow();
        StepMatch match;
        try
        {
            match = _matcher.Match(step);
        }
        catch (Exception e)
        {
            return new StepResult(step, ResultStatus.Failed, startedAt, TimeSpan.Zero, ErrorMessage: $"Matching failed: {e.Message}", Exception: e);
        }
        switch (match.Kind)
        {
            case StepMatchKind.Undefined:
                return new StepResult(step, ResultStatus.Undefined, startedAt, TimeSpan.Zero, ErrorMessage: match.Message, Snippet: match.Snippet);
            case StepMatchKind.Ambiguous:
                return new StepResult(step, ResultStatus.Ambiguous, startedAt, TimeSpan.Zero, ErrorMessage: match.Message, Candidates: match.Candidates);
        }
        if (!canRun) return new StepResult(step, ResultStatus.Skipped, startedAt, TimeSpan.Zero, match.Binding);
        if (match.Kind == StepMatchKind.Invalid)
            return new StepResult(step, ResultStatus.Failed, startedAt, TimeSpan.Zero, match.Binding, match.Message);

        var start = time.GetTimestamp();
        var failure = await StepInvocation.InvokeAsync(registry, scope, match, step, hooks);
        var duration = time.GetElapsedTime(start);
        return failure is { } f
            ? new StepResult(step, ResultStatus.Failed, startedAt, duration, match.Binding, f.Message, f.Exception)
            : new StepResult(step, ResultStatus.Passed, startedAt, duration, match.Binding);
    }

    private static (ResultStatus, string?) Verdict(IReadOnlyList<StepResult> steps, IReadOnlyList<HookResult> hooks)
    {
        var failedBefore = hooks.FirstOrDefault(h => h.Hook.Kind == HookKind.BeforeScenario && h.Status != ResultStatus.Passed);
        if (failedBefore is not null) return (ResultStatus.Failed, failedBefore.ErrorMessage);
        var step = steps.FirstOrDefault(s => s.Status is not (ResultStatus.Passed or ResultStatus.Skipped));
        if (step is not null) return (step.Status, step.ErrorMessage);
        var failedAfter = hooks.FirstOrDefault(h => h.Status != ResultStatus.Passed);
        if (failedAfter is not null) return (ResultStatus.Failed, failedAfter.ErrorMessage);
        return steps.Any(s => s.Status == ResultStatus.Skipped)
            ? (ResultStatus.Skipped, "The run was cancelled.")
            : (ResultStatus.Passed, null);
    }
}
