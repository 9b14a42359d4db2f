using AiciSandbox.Conformance.Kit.Driver;
using AiciSandbox.Conformance.Kit.Scenarios;
using AiciSandbox.Conformance.Kit.Wire;

namespace AiciSandbox.Conformance.Kit.Tests.Judges;

/// <summary>What the software shows for an invoice, set beside what the wire shows and what URSSAF holds.</summary>
public sealed class InvoiceVerdictTests
{
    private const string Body = """[{"numFactureTiers":"F-1","idClient":"c-1"}]""";

    private static InvoiceView View(string state = "sent", string? statut = "10", string? id = "d-1", decimal? montant = null, string? date = null,
        RejetView? rejet = null, params string[] errors) =>
        new("F-1", id, state, statut, null, montant, date, rejet, errors.Select(c => new ShownError(c, null)).ToList());

    private static IReadOnlyList<WireExchange> Answered(int status, string? response) =>
        new WireFixtures().Call("POST", "/demandePaiement", TimeSpan.Zero, "t", status, Body, response).Exchanges;

    private static readonly IReadOnlyList<WireExchange> Accepted = Answered(200, """[{"numFactureTiers":"F-1","idDemandePaiement":"d-1","statut":"10"}]""");

    [Fact]
    public void Sent_NeedsTheStateTheStatusAndURSSAFsId()
    {
        InvoiceVerdicts.Sent("F-1", "10", ["d-1"], View(), Accepted).Passed.Should().BeTrue();
        InvoiceVerdicts.Sent("F-1", "10", ["d-1"], View(id: "d-autre"), Accepted).Failure.Should().Contain("demande « d-autre »");
    }

    [Fact]
    public void Sent_RefusedWith400_SaysWhatTheWireShows_NotThatNothingArrived()
    {
        var wire = Answered(400, """[{"code":"ERR_FORMAT_VALEUR","message":"m"}]""");

        var verdict = InvoiceVerdicts.Sent("F-1", "10", [], View(state: "error", statut: null, id: null, errors: "HTTP_400"), wire);

        verdict.Failure.Should().Contain("sur le fil : #1 → 400 ERR_FORMAT_VALEUR").And.Contain("le logiciel affiche : « error »")
            .And.Contain("HTTP_400").And.NotContain("aucune demande portant");
        verdict.Evidence.Should().ContainSingle();
    }

    [Fact]
    public void Sent_Answered503_SaysSo()
    {
        InvoiceVerdicts.Sent("F-1", "10", [], View(state: "error", statut: null, id: null, errors: "HTTP_503"), Answered(503, null))
            .Failure.Should().Contain("#1 → 503");
    }

    [Fact]
    public void Refused_NeedsTheRejectedStateAndEveryCodeTheWireShows()
    {
        var wire = Answered(200, """[{"numFactureTiers":"F-1","errors":[{"code":"ERR_MNT_PREST_TTC"},{"code":"ERR_TOTAL_PRESTATIONS"}]}]""");

        InvoiceVerdicts.Refused("F-1", "ERR_MNT_PREST_TTC", View("rejected", null, null, errors: ["ERR_MNT_PREST_TTC", "ERR_TOTAL_PRESTATIONS"]), wire).Passed.Should().BeTrue();
        InvoiceVerdicts.Refused("F-1", "ERR_MNT_PREST_TTC", View("rejected", null, null, errors: ["ERR_MNT_PREST_TTC"]), wire)
            .Failure.Should().Contain("il ne montre pas ERR_TOTAL_PRESTATIONS");
        InvoiceVerdicts.Refused("F-1", "ERR_MNT_PREST_TTC", View(), wire).Failure.Should().Contain("décision D4").And.Contain("(aucune erreur montrée)");
    }

    [Fact]
    public void Refused_WhenTheWireShowsTheDemandeAccepted_NeverClaimsURSSAFRefusedIt()
    {
        var verdict = InvoiceVerdicts.Refused("F-1", "ERR_MONTANT_ACOMPTE", View(), Accepted);

        verdict.Failure.Should().Contain("devait être refusée").And.Contain("demande acceptée (statut 10, d-1)").And.NotContain("l'URSSAF a refusé");
    }

    [Theory]
    [InlineData("2026-03-10", true)]
    [InlineData("2026-03-10T00:00:00Z", true)]
    [InlineData("2026-03-11", false)]
    public void Transfer_ComparesTheAmountAndTheDay(string shownDate, bool passes)
    {
        var verdict = InvoiceVerdicts.Transfer("F-1", 50.00m, "2026-03-10", View(statut: "70", montant: 50.00m, date: shownDate));

        if (passes) verdict.Passed.Should().BeTrue();
        else verdict.Failure.Should().Contain("CGU art. 4.5.3").And.Contain("le 2026-03-11");
    }

    [Fact]
    public void Contestation_NeedsTheMotiveAndTheComment()
    {
        InvoiceVerdicts.Contestation("CONTEST_ERR_FACT", "Absent", View(statut: "40", rejet: new RejetView("CONTEST_ERR_FACT", "Absent"))).Passed.Should().BeTrue();
        InvoiceVerdicts.Contestation("CONTEST_ERR_FACT", "Absent", View(statut: "40", rejet: new RejetView("CONTEST_ERR_FACT", null))).Failure.Should().Contain("EX-17");
    }

    [Fact]
    public void Reconciled_NamesWhatIsMissingOrDifferent()
    {
        var expected = new Dictionary<string, string> { ["LOT-001"] = "d-1", ["LOT-002"] = "d-2", ["LOT-003"] = "d-3" };
        InvoiceView Found(string reference, string id, string statut) => new(reference, id, "sent", statut, null, null, null, null, []);

        InvoiceVerdicts.Reconciled(3, "20", expected, [Found("LOT-001", "d-1", "20"), Found("LOT-002", "d-2", "20"), Found("LOT-003", "d-3", "20")]).Passed.Should().BeTrue();
        InvoiceVerdicts.Reconciled(3, "20", expected, [Found("LOT-001", "d-1", "20"), Found("LOT-002", "d-2", "10")])
            .Failure.Should().Contain("en a retrouvé 2").And.Contain("LOT-002 : demande « d-2 » statut « 10 »").And.Contain("LOT-003 absente");
    }
}
