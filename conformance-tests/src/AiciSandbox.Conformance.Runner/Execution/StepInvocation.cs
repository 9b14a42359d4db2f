using AiciSandbox.Conformance.Runner.Bindings;
using AiciSandbox.Conformance.Runner.Matching;
using AiciSandbox.Conformance.Runner.Pickles;

namespace AiciSandbox.Conformance.Runner.Execution;

/// <summary>
/// Calls one matched step between its step hooks: arguments converted, binding instance taken from the scenario's scope.
/// Shared by the runner's own scenarios and by scenarios another framework hosts, so both behave the same.
/// </summary>
internal static class StepInvocation
{
    /// <summary>The first failure (the step's, else an AfterStep hook's), or null when all passed.</summary>
    public static async Task<(string Message, Exception Exception)?> InvokeAsync(
        BindingRegistry registry, IServiceProvider scope, StepMatch match, ScenarioStep step, HookRunner hooks)
    {
        var failure = await hooks.RunStepHooksAsync(HookKind.BeforeStep);
        if (failure is null)
        {
            try
            {
                var arguments = new ArgumentBinder(registry, scope).Bind(match, step);
                var target = MethodInvoker.Target(match.Binding!.Method, match.Binding.BindingType, scope);
                await MethodInvoker.InvokeAsync(match.Binding.Method, target, arguments);
            }
            catch (Exception e)
            {
                failure = (e.Message, e);
            }
        }
        var afterFailure = await hooks.RunStepHooksAsync(HookKind.AfterStep);
        return failure ?? afterFailure;
    }
}
