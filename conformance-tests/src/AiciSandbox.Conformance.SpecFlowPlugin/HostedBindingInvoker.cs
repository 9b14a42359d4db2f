using TechTalk.SpecFlow.Bindings;
using TechTalk.SpecFlow.Configuration;
using TechTalk.SpecFlow.ErrorHandling;
using TechTalk.SpecFlow.Infrastructure;
using TechTalk.SpecFlow.Tracing;

namespace AiciSandbox.Conformance.SpecFlowPlugin;

/// <summary>
/// SpecFlow's invoker, except for the hosted bindings: their steps and lifecycle hooks go to the <see cref="HostedRun"/>,
/// which runs them with the runner. SpecFlow 3.9 calls bindings synchronously: the asynchronous work is waited for on
/// the thread pool, so no synchronisation context is captured.
/// </summary>
public sealed class HostedBindingInvoker(
    SpecFlowConfiguration configuration,
    IErrorProvider errors,
    ISynchronousBindingDelegateInvoker synchronous,
    HostedRun run) : BindingInvoker(configuration, errors, synchronous)
{
    public override object InvokeBinding(IBinding binding, IContextManager contextManager, object[] arguments, ITestTracer testTracer, out TimeSpan duration)
    {
        Func<Task>? work = binding switch
        {
            HostedStepBinding => () => run.RunStepAsync(contextManager),
            HostedHookBinding { HookType: HookType.BeforeScenario } => () => run.OpenScenarioAsync(contextManager),
            HostedHookBinding { HookType: HookType.AfterScenario } => () => run.CloseScenarioAsync(contextManager),
            HostedHookBinding { HookType: HookType.AfterTestRun } => () => run.DisposeAsync().AsTask(),
            _ => null,
        };
        if (work is null) return base.InvokeBinding(binding, contextManager, arguments, testTracer, out duration);
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            Task.Run(work).GetAwaiter().GetResult();
        }
        finally
        {
            duration = System.Diagnostics.Stopwatch.GetElapsedTime(start);
        }
        return null!;
    }
}
