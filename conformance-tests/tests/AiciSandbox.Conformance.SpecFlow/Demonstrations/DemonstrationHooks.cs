using TechTalk.SpecFlow;
using TechTalk.SpecFlow.UnitTestProvider;

namespace AiciSandbox.Conformance.SpecFlow.Demonstrations;

/// <summary>
/// The <c>@demonstration</c> scenarios fail on purpose (a step the kit does not define): they are played only by the
/// separate run of a test that reads their message (<see cref="Variable"/> = 1), and skipped in any other run, so that
/// an ordinary <c>dotnet test</c> stays green.
/// </summary>
[Binding]
public sealed class DemonstrationHooks
{
    /// <summary>Set to 1 by the test that plays the demonstrations.</summary>
    public const string Variable = "AICI_CONFORMANCE_DEMONSTRATIONS";

    [BeforeScenario("demonstration")]
    public static void SkipUnlessAsked(IUnitTestRuntimeProvider unitTests)
    {
        if (Environment.GetEnvironmentVariable(Variable) != "1")
            unitTests.TestIgnore($"Démonstration d'un échec voulu, jouée par Runs/UndefinedStepTests ({Variable}=1).");
    }
}
