using AiciSandbox.Conformance.Kit.Wire;

namespace AiciSandbox.Conformance.Kit.Tests.Judges;

/// <summary>What the journal says about one invoice or one particulier, as verdicts quote it.</summary>
public sealed class OnTheWireTests
{
    private static readonly TimeSpan At = TimeSpan.FromHours(1);

    [Fact]
    public void AnInvoice_IsFollowedThroughEverySubmissionThatCarriedIt_ByItsNumber()
    {
        var wire = new WireFixtures()
            .Call("POST", "/demandePaiement", At, "old", 401, """[{"numFactureTiers":"F-2"}]""")
            .Call("POST", "/demandePaiement", At, "new", 200, """[{"numFactureTiers":"F-1"},{"numFactureTiers":"F-2"}]""",
                """[{"numFactureTiers":"F-1","idDemandePaiement":"d-1","statut":"10"},{"numFactureTiers":"F-2","errors":[{"code":"ERR_CODE_NATURE"}]}]""").Exchanges;

        InvoiceOnTheWire.Describe(wire, "F-2").Should().Be("sur le fil : #1 → 401 (jeton refusé) ; #2 → 200, refusée ERR_CODE_NATURE");
        InvoiceOnTheWire.Describe(wire, "F-1").Should().Be("sur le fil : #2 → 200, demande acceptée (statut 10, d-1)");
        InvoiceOnTheWire.LastCodes(wire, "F-2").Should().Equal("ERR_CODE_NATURE");
        InvoiceOnTheWire.Describe(wire, "F-9").Should().Contain("aucune demande portant la facture « F-9 »");
    }

    [Fact]
    public void AParticulier_IsDescribedByTheLastAnswerAboutThem()
    {
        var wire = new WireFixtures()
            .Call("POST", "/particulier", At, "t", 200, """{"adresseMail":"jeanne@exemple.fr"}""", """{"idClient":"c-1"}""")
            .Call("GET", "/particulier", At, "t", 400, null, """[{"code":"ERR_RECHERCHE_PARTICULIER"}]""").Exchanges
            .Select(e => e.Method == "GET" ? e with { Query = "?idClient=c-1" } : e).ToList();

        ParticulierOnTheWire.Describe(wire, "c-1", "jeanne@exemple.fr").Should().Be("sur le fil : dernier appel M020 #2 → 400, ERR_RECHERCHE_PARTICULIER");
        ParticulierOnTheWire.Describe(wire.Take(1).ToList(), "c-1", "jeanne@exemple.fr").Should().Be("sur le fil : dernier appel M010 #1 → 200, idClient c-1");
        ParticulierOnTheWire.Describe(wire, "c-2", "paul@exemple.fr").Should().Contain("aucun appel M010/M020");
    }
}
