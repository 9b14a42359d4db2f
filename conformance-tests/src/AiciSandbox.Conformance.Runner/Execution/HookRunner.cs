using AiciSandbox.Conformance.Runner.Bindings;

namespace AiciSandbox.Conformance.Runner.Execution;

/// <summary>Runs the scenario and step hooks that select a scenario's tags, in order, resolving them from its scope.</summary>
internal sealed class HookRunner(BindingRegistry registry, IServiceProvider scope, TimeProvider time, IReadOnlyCollection<string> tags)
{
    /// <summary>Runs every selected hook of the kind, even after one failed, and reports each.</summary>
    public async Task<IReadOnlyList<HookResult>> RunScenarioHooksAsync(HookKind kind)
    {
        var results = new List<HookResult>();
        foreach (var hook in registry.HooksOf(kind).Where(h => h.Selects(tags)))
        {
            var startedAt = time.GetUtcNow();
            var start = time.GetTimestamp();
            var error = await TryRunAsync(hook);
            results.Add(error is null
                ? new HookResult(hook, ResultStatus.Passed, startedAt, time.GetElapsedTime(start))
                : new HookResult(hook, ResultStatus.Failed, startedAt, time.GetElapsedTime(start), $"{kind} hook {hook.Name} failed: {error.Message}", error));
        }
        return results;
    }

    /// <summary>Runs the selected step hooks of the kind; returns the first failure, if any.</summary>
    public async Task<(string Message, Exception Exception)?> RunStepHooksAsync(HookKind kind)
    {
        (string, Exception)? first = null;
        foreach (var hook in registry.HooksOf(kind).Where(h => h.Selects(tags)))
        {
            var error = await TryRunAsync(hook);
            if (error is not null) first ??= ($"{kind} hook {hook.Name} failed: {error.Message}", error);
        }
        return first;
    }

    private async Task<Exception?> TryRunAsync(HookBinding hook)
    {
        try
        {
            var target = MethodInvoker.Target(hook.Method, hook.BindingType, scope);
            await MethodInvoker.InvokeAsync(hook.Method, target, MethodInvoker.ResolveParameters(hook.Method, scope));
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }
}
