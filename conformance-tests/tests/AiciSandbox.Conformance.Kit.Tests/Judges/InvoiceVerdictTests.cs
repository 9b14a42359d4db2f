using AiciSandbox.Conformance.Kit.Driver;
using AiciSandbox.Conformance.Kit.Scenarios;

namespace AiciSandbox.Conformance.Kit.Tests.Judges;

/// <summary>What the software shows for an invoice, judged against what URSSAF knows.</summary>
public sealed class InvoiceVerdictTests
{
    private static InvoiceView View(string state = "sent", string? statut = "10", string? id = "d-1", decimal? montant = null, string? date = null,
        RejetView? rejet = null, params string[] errors) =>
        new("F-1", id, state, statut, null, montant, date, rejet, errors.Select(c => new ShownError(c, null)).ToList());

    [Fact]
    public void Sent_NeedsTheStateTheStatusAndURSSAFsId()
    {
        InvoiceVerdicts.Sent("F-1", "10", "d-1", View()).Should().BeNull();
        InvoiceVerdicts.Sent("F-1", "10", "d-1", View(id: "d-autre")).Should().Contain("demande « d-autre »");
        InvoiceVerdicts.Sent("F-1", "10", "d-1", View(state: "rejected", statut: null, id: null, errors: "ERR_FACTURE_DOUBLON"))
            .Should().Contain("« rejected »").And.Contain("ERR_FACTURE_DOUBLON");
    }

    [Fact]
    public void Refused_NeedsTheRejectedStateAndTheCodeAmongTheErrors()
    {
        InvoiceVerdicts.Refused("F-1", "ERR_DATE_FUTUR", View("rejected", null, null, errors: ["ERR_LIEN_PARTICULIER_PRESTATAIRE", "ERR_DATE_FUTUR"])).Should().BeNull();
        InvoiceVerdicts.Refused("F-1", "ERR_DATE_FUTUR", View()).Should().Contain("décision D4").And.Contain("(aucune erreur montrée)");
    }

    [Theory]
    [InlineData("2026-03-10", null)]
    [InlineData("2026-03-10T00:00:00Z", null)]
    [InlineData("2026-03-11", "le 2026-03-11")]
    public void Transfer_ComparesTheAmountAndTheDay(string shownDate, string? failure)
    {
        var verdict = InvoiceVerdicts.Transfer("F-1", 50.00m, "2026-03-10", View(statut: "70", montant: 50.00m, date: shownDate));

        if (failure is null) verdict.Should().BeNull();
        else verdict.Should().Contain("CGU art. 4.5.3").And.Contain(failure);
    }

    [Fact]
    public void Contestation_NeedsTheMotiveAndTheComment()
    {
        InvoiceVerdicts.Contestation("CONTEST_ERR_FACT", "Absent", View(statut: "40", rejet: new RejetView("CONTEST_ERR_FACT", "Absent"))).Should().BeNull();
        InvoiceVerdicts.Contestation("CONTEST_ERR_FACT", "Absent", View(statut: "40", rejet: new RejetView("CONTEST_ERR_FACT", null))).Should().Contain("facts §6");
    }

    [Fact]
    public void Reconciled_NamesWhatIsMissingOrDifferent()
    {
        var expected = new Dictionary<string, string> { ["LOT-001"] = "d-1", ["LOT-002"] = "d-2", ["LOT-003"] = "d-3" };
        InvoiceView Found(string reference, string id, string statut) => new(reference, id, "sent", statut, null, null, null, null, []);

        InvoiceVerdicts.Reconciled(3, "20", expected, [Found("LOT-001", "d-1", "20"), Found("LOT-002", "d-2", "20"), Found("LOT-003", "d-3", "20")]).Should().BeNull();
        InvoiceVerdicts.Reconciled(3, "20", expected, [Found("LOT-001", "d-1", "20"), Found("LOT-002", "d-2", "10")])
            .Should().Contain("en a retrouvé 2").And.Contain("LOT-002 : demande « d-2 » statut « 10 »").And.Contain("LOT-003 absente");
    }
}
