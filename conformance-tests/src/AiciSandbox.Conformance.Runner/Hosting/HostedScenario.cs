using AiciSandbox.Conformance.Runner.Bindings;
using AiciSandbox.Conformance.Runner.Execution;
using AiciSandbox.Conformance.Runner.Matching;
using AiciSandbox.Conformance.Runner.Pickles;
using Microsoft.Extensions.DependencyInjection;

namespace AiciSandbox.Conformance.Runner.Hosting;

/// <summary>
/// One scenario driven step by step by another test framework (SpecFlow): the same scope, hooks, matching, argument
/// conversion and invocation as the runner's own <see cref="TestRun"/>, but each part is called by the host and a
/// failure is thrown, as that host expects.
/// </summary>
/// <remarks>
/// The host calls <see cref="BeforeAsync"/>, then <see cref="RunStepAsync"/> for each step it runs, then
/// <see cref="AfterAsync"/>, then disposes the scenario (and with it its context objects).
/// </remarks>
public sealed class HostedScenario : IAsyncDisposable
{
    private readonly BindingRegistry _registry;
    private readonly AsyncServiceScope _scope;
    private readonly ScenarioAttachments _attachments;
    private readonly HookRunner _hooks;
    private readonly StepMatcher _matcher;
    private int _nextStep;

    internal HostedScenario(BindingRegistry registry, IServiceProvider services, ScenarioDefinition scenario, TimeProvider time, CancellationToken cancellation)
    {
        _registry = registry;
        Scenario = scenario;
        _scope = services.CreateAsyncScope();
        _scope.ServiceProvider.GetRequiredService<ScenarioSlot>().Info = new ScenarioInfo(scenario, cancellation);
        _attachments = _scope.ServiceProvider.GetRequiredService<ScenarioAttachments>();
        _hooks = new HookRunner(registry, _scope.ServiceProvider, time, scenario.Tags);
        _matcher = new StepMatcher(registry);
    }

    /// <summary>The scenario, as the runner compiled it from its feature file.</summary>
    public ScenarioDefinition Scenario { get; }

    /// <summary>What the steps and hooks attached so far.</summary>
    public IReadOnlyList<ScenarioAttachment> Attachments => _attachments.Items;

    /// <summary>The scenario's services (binding and context instances).</summary>
    public IServiceProvider Services => _scope.ServiceProvider;

    /// <summary>Runs the BeforeScenario hooks that select the scenario.</summary>
    /// <exception cref="HookFailedException">One failed (all ran).</exception>
    public async Task BeforeAsync() => ThrowFirst(await _hooks.RunScenarioHooksAsync(HookKind.BeforeScenario));

    /// <summary>Runs the AfterScenario hooks that select the scenario.</summary>
    /// <exception cref="HookFailedException">One failed (all ran).</exception>
    public async Task AfterAsync()
    {
        _attachments.EnterStep(null);
        ThrowFirst(await _hooks.RunScenarioHooksAsync(HookKind.AfterScenario));
    }

    /// <summary>
    /// Runs the next step of the scenario whose text is <paramref name="text"/> (steps the host skipped are passed
    /// over), between the step hooks. The exception thrown is the step's own.
    /// </summary>
    public async Task RunStepAsync(string text)
    {
        var index = Scenario.Steps.Select((s, i) => (s, i)).Skip(_nextStep).FirstOrDefault(p => p.s.Text == text) is { s: not null } found
            ? found.i
            : throw new InvalidOperationException($"« {text} » n'est pas une étape restante du scénario « {Scenario.Name} » ({Scenario.Uri}).");
        _nextStep = index + 1;
        _attachments.EnterStep(index);
        var step = Scenario.Steps[index];
        var match = _matcher.Match(step);
        if (match.Kind != StepMatchKind.Matched) throw new StepArgumentException(match.Message ?? $"Étape non définie : {step}");
        var failure = await StepInvocation.InvokeAsync(_registry, _scope.ServiceProvider, match, step, _hooks);
        if (failure is { } f) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(f.Exception).Throw();
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _scope.DisposeAsync();

    private static void ThrowFirst(IReadOnlyList<HookResult> results)
    {
        if (results.FirstOrDefault(r => r.Status != ResultStatus.Passed) is { } failed)
            throw new HookFailedException(failed.ErrorMessage ?? failed.Hook.Name, failed.Exception);
    }
}

/// <summary>A hook of a hosted scenario failed; the message names the hook.</summary>
public sealed class HookFailedException(string message, Exception? inner) : Exception(message, inner);
