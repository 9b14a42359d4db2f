using AiciSandbox.Conformance.Kit.Tests;
using AiciSandbox.ReferenceIntegrator;

namespace AiciSandbox.Conformance.SpecFlow.Runs;

/// <summary>
/// Under SpecFlow too, each defective integrator fails the scenario aimed at its bug, with the message that names the
/// broken rule: one <c>dotnet test</c> of this assembly per defect, restricted to its scenario, the reference
/// integrator given the defect by <c>AICI_CONFORMANCE_DEFECTS</c>. The ten runs are started together, three at a time,
/// by <see cref="DefectRuns"/>; each row reads its own.
/// </summary>
public sealed class DefectsUnderSpecFlowTests(DefectsUnderSpecFlowTests.DefectRuns runs) : IClassFixture<DefectsUnderSpecFlowTests.DefectRuns>
{
    /// <summary>The defects also run under SpecFlow (one <c>dotnet test</c> each); their aims come from <see cref="DefectAim.All"/>.</summary>
    private static readonly Defect[] UnderSpecFlow =
    [
        Defect.TokenEveryCall, Defect.NeverRenewsToken, Defect.ResendsAfterTimeout, Defect.IgnoresItemErrors, Defect.SendsAllInOneCall,
        Defect.StopsPollingAt20, Defect.NoRetry, Defect.OffsetDates, Defect.PollsFinishedDemandes, Defect.EmploymentDatesAtMidnight,
    ];

    public static TheoryData<Defect, string, string> Aims()
    {
        var rows = new TheoryData<Defect, string, string>();
        foreach (var a in DefectAim.All.Where(a => UnderSpecFlow.Contains(a.Defect))) rows.Add(a.Defect, a.Scenario, a.Rule);
        return rows;
    }

    [Theory]
    [MemberData(nameof(Aims))]
    public async Task Defect_FailsItsAimedScenario_UnderSpecFlow(Defect defect, string scenario, string rule)
    {
        var outcomes = (await runs.All)[defect];

        outcomes.Should().NotBeEmpty($"« {scenario} » is one of the product's scenarios");
        outcomes.Should().OnlyContain(o => o.Outcome == "Failed", $"the {Defects.NameOf(defect)} bug breaks « {scenario} »");
        outcomes.Should().OnlyContain(o => o.Message.Contains(rule), "the failure names the broken rule");
    }

    /// <summary>One separate SpecFlow run per defect, restricted to its aimed scenario.</summary>
    public sealed class DefectRuns
    {
        public Task<IReadOnlyDictionary<Defect, IReadOnlyList<TestOutcome>>> All { get; } = RunAllAsync();

        private static async Task<IReadOnlyDictionary<Defect, IReadOnlyList<TestOutcome>>> RunAllAsync()
        {
            var results = new System.Collections.Concurrent.ConcurrentDictionary<Defect, IReadOnlyList<TestOutcome>>();
            var aims = Aims().Select(row => ((Defect)row[0], (string)row[1])).ToList();
            await Parallel.ForEachAsync(aims, new ParallelOptions { MaxDegreeOfParallelism = 3 }, async (aim, _) =>
                results[aim.Item1] = await SpecFlowRun.RunAsync(typeof(DefectRuns).Assembly.Location, aim.Item2,
                    new Dictionary<string, string> { ["AICI_CONFORMANCE_DEFECTS"] = Defects.NameOf(aim.Item1) }));
            return results;
        }
    }
}
