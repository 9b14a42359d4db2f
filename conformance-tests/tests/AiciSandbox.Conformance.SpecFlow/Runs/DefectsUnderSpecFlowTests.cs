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
    public static TheoryData<Defect, string, string> Aims() => new()
    {
        { Defect.TokenEveryCall, "Le jeton est obtenu une fois puis réutilisé", "EX-02" },
        { Defect.NeverRenewsToken, "Le jeton expiré est renouvelé", "EX-03 et décision D9" },
        { Defect.ResendsAfterTimeout, "la demande n'est pas envoyée deux fois", "ERR_FACTURE_DOUBLON" },
        { Defect.IgnoresItemErrors, "Une erreur métier courante est montrée", "décision D4" },
        { Defect.SendsAllInOneCall, "Les demandes sont envoyées par lots de 10 au plus", "ERR_NBRE_PREST_MAX" },
        { Defect.StopsPollingAt20, "validée au bout de 48 heures", "CGU art. 4.5" },
        { Defect.NoRetry, "Une réponse 503 est réessayée", "Swagger 1.29.1" },
        { Defect.OffsetDates, "Une demande valide est intégrée", "dates ISO-8601 terminées par Z" },
        { Defect.PollsFinishedDemandes, "Les demandes soldées ne sont plus interrogées", "EX-21" },
        { Defect.EmploymentDatesAtMidnight, "Une demande valide est intégrée", "dateDebutEmploi : facturé 2026-03-03T07:00:00Z, transmis 2026-03-03T00:00:00Z" },
    };

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
