using TechTalk.SpecFlow;
using TechTalk.SpecFlow.BindingSkeletons;
using TechTalk.SpecFlow.Configuration;
using TechTalk.SpecFlow.ErrorHandling;
using TechTalk.SpecFlow.Infrastructure;

namespace AiciSandbox.Conformance.SpecFlowPlugin;

/// <summary>
/// The failure message of a scenario with undefined steps: for each, the command line's message (<see cref="UndefinedSteps"/>)
/// instead of SpecFlow's English « No matching step definition » and its C# skeleton. SpecFlow's own message is kept when
/// the runner has nothing to say (no kit bindings). The messages were recorded as the steps were met (<see cref="HostedTestTracer"/>).
/// </summary>
/// <remarks>SpecFlow 3.9 builds this message at the end of the scenario (<c>TestExecutionEngine.OnAfterLastStep</c>)
/// and hands it to the test framework as its outcome for missing steps (<c>missingOrPendingStepsOutcome</c>).</remarks>
public sealed class HostedUndefinedMessageFactory(
    IStepDefinitionSkeletonProvider skeletons,
    IErrorProvider errors,
    SpecFlowConfiguration configuration) : ITestUndefinedMessageFactory
{
    /// <summary>Where a QA person finds every step the kit defines.</summary>
    public const string Catalogue = "Les étapes du kit : scenarios/steps.md (ou « aici-conformance steps »).";

    public string BuildFromContext(ScenarioContext scenarioContext, FeatureContext featureContext)
    {
        var explained = UndefinedSteps.Recorded(scenarioContext);
        if (explained.Count > 0 && explained.All(m => m is not null))
            return string.Join(Environment.NewLine, explained.Append(Catalogue));
        return new TestUndefinedMessageFactory(skeletons, errors, configuration).BuildFromContext(scenarioContext, featureContext);
    }
}
