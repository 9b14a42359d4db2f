using System.Globalization;
using BoDi;
using TechTalk.SpecFlow;
using TechTalk.SpecFlow.Bindings;
using TechTalk.SpecFlow.Bindings.Reflection;
using TechTalk.SpecFlow.BindingSkeletons;
using TechTalk.SpecFlow.Configuration;
using TechTalk.SpecFlow.Infrastructure;
using TechTalk.SpecFlow.Tracing;

namespace AiciSandbox.Conformance.SpecFlowPlugin;

/// <summary>
/// SpecFlow's tracer (the step list of the test output), except that a step no definition matches is traced with the
/// command line's message (<see cref="UndefinedSteps"/>) instead of SpecFlow's English skeleton, and that message is
/// kept for the scenario's failure (<see cref="HostedUndefinedMessageFactory"/>). SpecFlow calls it for every step it
/// cannot match, just before it counts the step as missing (<c>TestExecutionEngine.GetStepMatch</c>).
/// </summary>
public sealed class HostedTestTracer(
    ITraceListener listener,
    IStepFormatter formatter,
    IStepDefinitionSkeletonProvider skeletons,
    SpecFlowConfiguration configuration,
    IObjectContainer testThread,
    HostedRun run) : ITestTracer
{
    private readonly TestTracer _specFlow = new(listener, formatter, skeletons, configuration);

    public void TraceNoMatchingStepDefinition(StepInstance stepInstance, ProgrammingLanguage targetLanguage, CultureInfo bindingCulture, List<BindingMatch> matchesWithoutScopeCheck)
    {
        var message = matchesWithoutScopeCheck.Count == 0 ? run.ExplainUndefined(stepInstance) : null;
        UndefinedSteps.Record(testThread.Resolve<IContextManager>().ScenarioContext, message);
        if (message is not null)
            listener.WriteToolOutput(message);
        else
            _specFlow.TraceNoMatchingStepDefinition(stepInstance, targetLanguage, bindingCulture, matchesWithoutScopeCheck);
    }

    public void TraceStep(StepInstance stepInstance, bool showAdditionalArguments) => _specFlow.TraceStep(stepInstance, showAdditionalArguments);

    public void TraceWarning(string text) => _specFlow.TraceWarning(text);

    public void TraceStepDone(BindingMatch match, object[] arguments, TimeSpan duration) => _specFlow.TraceStepDone(match, arguments, duration);

    public void TraceStepSkipped() => _specFlow.TraceStepSkipped();

    public void TraceStepPending(BindingMatch match, object[] arguments) => _specFlow.TraceStepPending(match, arguments);

    public void TraceBindingError(BindingException ex) => _specFlow.TraceBindingError(ex);

    public void TraceError(Exception ex, TimeSpan duration) => _specFlow.TraceError(ex, duration);

    public void TraceDuration(TimeSpan elapsed, IBindingMethod method, object[] arguments) => _specFlow.TraceDuration(elapsed, method, arguments);

    public void TraceDuration(TimeSpan elapsed, string text) => _specFlow.TraceDuration(elapsed, text);
}
