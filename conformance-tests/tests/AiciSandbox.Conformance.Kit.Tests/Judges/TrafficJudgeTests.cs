using AiciSandbox.Conformance.Kit.Wire;

namespace AiciSandbox.Conformance.Kit.Tests.Judges;

/// <summary>The traffic budgets (EX-29 to EX-32) over hand-written journals.</summary>
public sealed class TrafficJudgeTests
{
    private static readonly TimeSpan At = TimeSpan.FromHours(2);
    private const string Search = "/demandePaiement/rechercher";
    private const string Inscription = """{"adresseMail":"jeanne.martin@exemple.fr","nomNaissance":"Martin"}""";

    [Fact]
    public void PollingADemandeTwiceInTheSameHour_Fails_OnceAnHourPasses()
    {
        var twice = new WireFixtures()
            .Call("POST", Search, At, "t", 200, """{"idDemandePaiements":["d-1","d-2"]}""", "{}")
            .Call("POST", Search, At + TimeSpan.FromMinutes(10), "t", 200, """{"idDemandePaiements":["d-2"]}""", "{}").Exchanges;
        var hourly = new WireFixtures()
            .Call("POST", Search, At, "t", 200, """{"idDemandePaiements":["d-1","d-2"]}""", "{}")
            .Call("POST", Search, At + TimeSpan.FromHours(1), "t", 200, """{"idDemandePaiements":["d-1","d-2"]}""", "{}").Exchanges;

        TrafficJudge.PollingWithinBudget(twice).Failure.Should().Contain("EX-29").And.Contain("d-2 à #1 puis #2 (10 min simulées plus tard)").And.NotContain("d-1 à");
        TrafficJudge.PollingWithinBudget(hourly).Passed.Should().BeTrue();
    }

    [Fact]
    public void APollAnswered503_IsNotCountedAgainstTheBudget_ItsRetryIs()
    {
        var wire = new WireFixtures()
            .Call("POST", Search, At, "t", 503, """{"idDemandePaiements":["d-1"]}""")
            .Call("POST", Search, At, "t", 200, """{"idDemandePaiements":["d-1"]}""", "{}").Exchanges;

        TrafficJudge.PollingWithinBudget(wire).Passed.Should().BeTrue();
    }

    [Theory]
    [InlineData(400, false)]
    [InlineData(404, false)]
    [InlineData(401, true)]
    [InlineData(429, true)]
    [InlineData(503, true)]
    public void TheSameRequestAgainAfterA4xx_Fails_ExceptAfter401And429(int status, bool allowed)
    {
        var wire = new WireFixtures()
            .Call("POST", "/particulier", At, "t", status, Inscription, """[{"code":"ERR_DGFIP_R2P_INCONNU"}]""")
            .Call("POST", "/particulier", At, "t", status, Inscription, """[{"code":"ERR_DGFIP_R2P_INCONNU"}]""").Exchanges;

        var verdict = TrafficJudge.NoRetryOfDefiniteRefusal(wire);

        if (allowed) verdict.Passed.Should().BeTrue();
        else verdict.Failure.Should().Contain("EX-30").And.Contain($"#1 → {status} ERR_DGFIP_R2P_INCONNU puis #2");
    }

    [Fact]
    public void AnotherRequestAfterA4xx_OrTheSameOneLaterInSimulatedTime_Passes()
    {
        var wire = new WireFixtures()
            .Call("GET", "/particulier", At, "t", 400, null, """[{"code":"ERR_RECHERCHE_PARTICULIER"}]""")
            .Call("GET", "/particulier", At + TimeSpan.FromDays(1), "t", 400, null, """[{"code":"ERR_RECHERCHE_PARTICULIER"}]""")
            .Call("POST", "/demandePaiement", At + TimeSpan.FromDays(1), "t", 200, "[]", "[]").Exchanges;

        TrafficJudge.NoRetryOfDefiniteRefusal(wire).Passed.Should().BeTrue();
    }

    [Fact]
    public void ASecondInscriptionOfARegisteredParticulier_Fails_ButOneAfterARefusalIsNotASecond()
    {
        var again = new WireFixtures()
            .Call("POST", "/particulier", At, "t", 200, Inscription, """{"idClient":"c-1"}""")
            .Call("POST", "/particulier", At, "t", 400, Inscription, """[{"code":"ERR_LIEN_EXISTE_DEJA"}]""").Exchanges;
        var afterRefusal = new WireFixtures()
            .Call("POST", "/particulier", At, "t", 503, Inscription)
            .Call("POST", "/particulier", At, "t", 200, Inscription, """{"idClient":"c-1"}""").Exchanges;

        TrafficJudge.NoSecondInscription(again).Failure.Should().Contain("EX-31").And.Contain("jeanne.martin@exemple.fr (inscrit à #1, de nouveau à #2 → 400 ERR_LIEN_EXISTE_DEJA)");
        TrafficJudge.NoSecondInscription(afterRefusal).Passed.Should().BeTrue();
    }

    [Fact]
    public void RenewingOnceThenGivingUp_Passes_RenewingAgainAndAgain_Fails()
    {
        var once = new WireFixtures().Token("sha256:a", At).Call("GET", "/particulier", At, "sha256:a", 401)
            .Token("sha256:b", At).Call("GET", "/particulier", At, "sha256:b", 401).Exchanges;
        var loop = new WireFixtures().Token("sha256:a", At);
        for (var i = 0; i < 12; i++) loop.Call("GET", "/particulier", At, "sha256:" + i, 401).Token("sha256:" + (i + 1), At);

        TrafficJudge.RenewedOnceThenStopped(once).Passed.Should().BeTrue();
        TrafficJudge.NoUnauthorisedLoop(once).Passed.Should().BeTrue();
        TrafficJudge.RenewedOnceThenStopped(loop.Exchanges).Failure.Should().Contain("EX-32").And.Contain("il a demandé 12 jeton(s) et fait 12 appel(s) refusé(s) en 401");
        TrafficJudge.NoUnauthorisedLoop(loop.Exchanges).Failure.Should().Contain("12 appels refusés en 401 d'affilée");
    }

    [Fact]
    public void WithoutAnyRefusedToken_TheRenewalJudge_SaysTheScenarioExpectedOne() =>
        TrafficJudge.RenewedOnceThenStopped(new WireFixtures().Call("GET", "/particulier", At, "t", 200).Exchanges).Failure.Should().Contain("attendait un refus 401");

    [Fact]
    public void TheJudgesOfEveryScenario_PassAnOrdinaryJournal() =>
        TrafficJudge.All(new WireFixtures().Token("sha256:a", At).Call("POST", "/particulier", At, "sha256:a", 200, Inscription, """{"idClient":"c-1"}""")
            .Call("GET", "/particulier", At, "sha256:a", 200).Exchanges).Should().OnlyContain(v => v.Passed);
}
