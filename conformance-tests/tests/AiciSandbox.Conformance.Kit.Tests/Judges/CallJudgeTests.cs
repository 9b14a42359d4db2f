using AiciSandbox.Conformance.Kit.Wire;

namespace AiciSandbox.Conformance.Kit.Tests.Judges;

public sealed class CallJudgeTests
{
    private static readonly TimeSpan At = TimeSpan.FromHours(1);

    private static string Batch(int count, string prefix = "F-") =>
        "[" + string.Join(",", Enumerable.Range(1, count).Select(i => $$"""{"numFactureTiers":"{{prefix}}{{i:D3}}"}""")) + "]";

    [Theory]
    [InlineData(10, true)]
    [InlineData(11, false)]
    public void BatchesOfTenAtMost_JudgesEverySubmission(int size, bool passes)
    {
        var wire = new WireFixtures().Call("POST", "/demandePaiement", At, "sha256:aaaa1111", 200, Batch(3))
            .Call("POST", "/demandePaiement", At, "sha256:aaaa1111", size > 10 ? 400 : 200, Batch(size)).Exchanges;

        var verdict = CallJudge.BatchesOfTenAtMost(wire);

        verdict.Passed.Should().Be(passes);
        if (!passes) verdict.Failure.Should().Contain("#2 avec 11 demandes → 400");
    }

    [Fact]
    public void RetriesThatWaited_Pass_AndAnImmediateRetry_Fails()
    {
        var patient = new WireFixtures()
            .Call("POST", "/demandePaiement", At, "t", 503, Batch(1))
            .Call("POST", "/demandePaiement", At, "t", 503, Batch(1), realGap: TimeSpan.FromMilliseconds(120))
            .Call("POST", "/demandePaiement", At, "t", 200, Batch(1), realGap: TimeSpan.FromMilliseconds(90)).Exchanges;
        var hasty = new WireFixtures()
            .Call("POST", "/demandePaiement", At, "t", 503, Batch(1))
            .Call("POST", "/demandePaiement", At, "t", 503, Batch(1), realGap: TimeSpan.FromMilliseconds(2))
            .Call("POST", "/demandePaiement", At, "t", 200, Batch(1), realGap: TimeSpan.FromMilliseconds(150)).Exchanges;

        CallJudge.RetriedWithWaits(patient, "F-001", 3, TimeSpan.FromMilliseconds(20)).Passed.Should().BeTrue();
        CallJudge.RetriedWithWaits(hasty, "F-001", 3, TimeSpan.FromMilliseconds(20)).Failure.Should().Contain("essai 2 après 2 ms");
        CallJudge.RetriedWithWaits(patient, "F-001", 2, TimeSpan.FromMilliseconds(20)).Failure.Should().Contain("il l'a été 3 fois (503, 503, 200)");
    }

    [Fact]
    public void ResendingBeforeRetryAfter_Fails_AndAfterIt_Passes()
    {
        WireFixtures Limited(TimeSpan gap) => new WireFixtures()
            .Call("POST", "/demandePaiement", At, "t", 429, Batch(1))
            .Call("POST", "/demandePaiement", At, "t", 200, Batch(1), realGap: gap);

        CallJudge.WaitedBeforeResending(Limited(TimeSpan.FromMilliseconds(1050)).Exchanges, "F-001", TimeSpan.FromSeconds(1)).Passed.Should().BeTrue();
        CallJudge.WaitedBeforeResending(Limited(TimeSpan.FromMilliseconds(999)).Exchanges, "F-001", TimeSpan.FromSeconds(1)).Passed
            .Should().BeTrue("a client that waited the delay can be stamped a timer tick short (seen in CI: 999 ms)");
        CallJudge.WaitedBeforeResending(Limited(TimeSpan.FromMilliseconds(980)).Exchanges, "F-001", TimeSpan.FromSeconds(1)).Failure
            .Should().Contain("au bout de 980 ms");
        CallJudge.WaitedBeforeResending(Limited(TimeSpan.FromMilliseconds(150)).Exchanges, "F-001", TimeSpan.FromSeconds(1)).Failure
            .Should().Contain("Retry-After 1 s").And.Contain("au bout de 150 ms");
        CallJudge.WaitedBeforeResending(Limited(TimeSpan.Zero).Exchanges.Take(1).ToList(), "F-001", TimeSpan.FromSeconds(1)).Failure
            .Should().Contain("devait être renvoyée après le 429");
    }

    [Fact]
    public void ADuplicateRefused_FailsNoDuplicate()
    {
        var wire = new WireFixtures()
            .Call("POST", "/demandePaiement", At, "t", 200, Batch(1), """[{"idDemandePaiement":"d1","statut":"10"}]""")
            .Call("POST", "/demandePaiement", At, "t", 200, Batch(1), """[{"numFactureTiers":"F-001","errors":[{"code":"ERR_FACTURE_DOUBLON"}]}]""").Exchanges;

        CallJudge.NoDuplicate(wire).Failure.Should().Contain("ERR_FACTURE_DOUBLON").And.Contain("#2");
        CallJudge.NoDuplicate(wire.Take(1).ToList()).Passed.Should().BeTrue();
    }

    [Fact]
    public void PollingADemandeSeenPaid_FailsNoSettledPolled_ButPollingOneInProgressPasses()
    {
        var paid = """{"infoDemandePaiements":[{"idDemandePaiement":"d-70","statut":{"code":"70"},"demandePaiement":{"numFactureTiers":"F-070"}},{"idDemandePaiement":"d-20","statut":{"code":"20"}}]}""";
        var wire = new WireFixtures()
            .Call("POST", "/demandePaiement/rechercher", At, "t", 200, """{"idDemandePaiements":["d-70","d-20"]}""", paid)
            .Call("POST", "/demandePaiement/rechercher", At, "t", 200, """{"idDemandePaiements":["d-20"]}""", "{}")
            .Call("POST", "/demandePaiement/rechercher", At, "t", 200, """{"numFactureTiers":["F-070"]}""", "{}").Exchanges;

        CallJudge.NoSettledPolled(wire, from: 1, to: 2).Passed.Should().BeTrue();
        CallJudge.NoSettledPolled(wire, from: 2, to: 3).Failure.Should().Contain("F-070");
    }

    [Fact]
    public void Called_CountsOnlyThatMethodAndPath()
    {
        var wire = new WireFixtures().Call("POST", "/particulier", At, "t", 200).Call("GET", "/particulier", At, "t", 200).Exchanges;

        CallJudge.Called(wire, "POST /atp/v1/tiersPrestations/particulier", 1).Passed.Should().BeTrue();
        CallJudge.Called(wire, "POST /atp/v1/tiersPrestations/particulier", 2).Failure.Should().Contain("il l'a appelé 1 fois");
    }

    [Fact]
    public void HostileBodies_AreJudgedWithoutThrowing()
    {
        var wire = new WireFixtures()
            .Call("POST", "/demandePaiement", At, "t", 400, "{not json")
            .Call("POST", "/demandePaiement/rechercher", At, "t", 200, """{"idDemandePaiements":[1,{"a":2}]}""", """{"infoDemandePaiements":[{"statut":{"code":70}}]}""").Exchanges;

        CallJudge.BatchesOfTenAtMost(wire).Passed.Should().BeTrue();
        CallJudge.NoSettledPolled(wire, 0, 2).Passed.Should().BeTrue();
        CallJudge.RetriedWithWaits(wire, "F-001", 1, TimeSpan.Zero).Passed.Should().BeFalse();
    }
}
