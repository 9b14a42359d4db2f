using AiciSandbox.Conformance.Kit.Wire;

namespace AiciSandbox.Conformance.Kit.Tests.Judges;

public sealed class SearchJudgeTests
{
    private static readonly TimeSpan At = TimeSpan.FromHours(1);

    private static string Ids(IEnumerable<int> numbers) =>
        $$"""{"idDemandePaiements":[{{string.Join(",", numbers.Select(n => $"\"d-{n}\""))}}]}""";

    private static IReadOnlySet<string> Expected(int count) => Enumerable.Range(1, count).Select(n => $"d-{n}").ToHashSet();

    [Fact]
    public void ThreeCallsOf10_10_5_Pass()
    {
        var wire = new WireFixtures()
            .Call("POST", "/demandePaiement/rechercher", At, "t", 200, Ids(Enumerable.Range(1, 10)))
            .Call("POST", "/demandePaiement/rechercher", At, "t", 200, Ids(Enumerable.Range(11, 10)))
            .Call("POST", "/demandePaiement/rechercher", At, "t", 200, Ids(Enumerable.Range(21, 5))).Exchanges;

        SearchJudge.ByIds(wire, 0, 3, Expected(25)).Passed.Should().BeTrue();
    }

    [Fact]
    public void ACallOf25_OrAForgottenDemande_Fails()
    {
        var allAtOnce = new WireFixtures().Call("POST", "/demandePaiement/rechercher", At, "t", 400, Ids(Enumerable.Range(1, 25))).Exchanges;
        var forgetful = new WireFixtures().Call("POST", "/demandePaiement/rechercher", At, "t", 200, Ids(Enumerable.Range(1, 10))).Exchanges;

        SearchJudge.ByIds(allAtOnce, 0, 1, Expected(25)).Failure.Should().Contain("1 appel(s) de plus de 10 identifiants");
        SearchJudge.ByIds(forgetful, 0, 1, Expected(25)).Failure.Should().Contain("15 demande(s) sur 25 non interrogée(s)");
    }

    [Fact]
    public void ByPeriodThenNumbers_NeedsBoth_AndNoOversizedCall()
    {
        var narrowing = new WireFixtures()
            .Call("POST", "/demandePaiement/rechercher", At, "t", 400, """{"dateDebut":"2026-03-01T00:00:00Z","dateFin":"2026-03-31T00:00:00Z"}""")
            .Call("POST", "/demandePaiement/rechercher", At, "t", 200, """{"numFactureTiers":["LOT-001","LOT-002"]}""").Exchanges;
        var periodOnly = narrowing.Take(1).ToList();

        SearchJudge.ByPeriodThenNumbers(narrowing, 0, 2).Passed.Should().BeTrue();
        SearchJudge.ByPeriodThenNumbers(periodOnly, 0, 1).Failure.Should().Contain("1 recherche(s) par période, 0 par numéros");
        SearchJudge.ByPeriodThenNumbers(narrowing, 1, 2).Failure.Should().Contain("0 recherche(s) par période");
    }
}
