using System.Net;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Lifecycle;

/// <summary>
/// A URSSAF agent cancels a demande at the provider's motivated request (seed CGU art. 4.5.6; decision D11): 110 from the
/// ordinary statuses, 111 after an impayé, 112 after the recovery; refused for a contested demande; what was debited is
/// refunded to the particulier and what was paid is clawed back from the provider at least 30 days later.
/// </summary>
public sealed class CancellationTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Theory]
    [InlineData("10", "110", "Annulée", null, null)]
    [InlineData("20", "110", "Annulée", null, null)]
    [InlineData("30", "110", "Annulée", null, null)]
    [InlineData("50", "110", "Annulée", "25.00", null)]
    [InlineData("70", "110", "Annulée", "25.00", "50.00")]
    [InlineData("60", "111", "Annulée après impayé", null, null)]
    [InlineData("120", "112", "Annulée après recouvrement", null, "25.00")]
    public async Task Cancellation_IsTheStatusTheStateRequires_WithTheMotiveAndBothNotices(
        string from, string to, string libelle, string? refund, string? clawBack)
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var id = await api.SubmitAsync(idClient);
        await api.ReachAsync(id, from);
        var now = await api.NowAsync();

        var answer = await api.AnnulerAsync(id, "ANNUL_DBL", "Facture envoyée deux fois.").ShouldBeAcceptedAsync();

        var transition = answer["transitions"]!.AsArray().First(t => t.Text("objectKind") == "demande");
        (transition.Text("at"), transition.Text("from"), transition.Text("to"), transition.Text("trigger"), transition.Text("actor"))
            .Should().Be((now, from, to, "Cancel", "control"));
        var info = await api.InfoDemandeAsync(id);
        (info.Text("statut.code"), info.Text("statut.libelle")).Should().Be((to, libelle));
        (info.Text("infoRejet.code"), info.Text("infoRejet.commentaire")).Should().Be(("ANNUL_DBL", "Facture envoyée deux fois."));
        var toParticulier = (await api.OutboxAsync($"kind=ANNULATION_PARTICULIER&idDemandePaiement={id}")).Should().ContainSingle().Which;
        toParticulier.Text("corps").Should().Contain("ANNUL_DBL : Demande de paiement en doublon");
        (toParticulier.At("montant")?.GetValue<decimal>()).Should().Be(Money(refund), "only a debit that went through is refunded");
        var toOrganisme = (await api.OutboxAsync($"kind=ANNULATION_ORGANISME&idDemandePaiement={id}")).Should().ContainSingle().Which;
        (toOrganisme.Text("destinataire"), toOrganisme.At("montant")?.GetValue<decimal>()).Should().Be(("organisme", Money(clawBack)),
            "what was transferred comes back, less a reste à charge already recovered from the provider");
        (await (await api.ClockAsync()).ShouldBeOkJsonAsync())["nextEvent"].Should().BeNull("a cancelled demande is final");
    }

    [Fact]
    public async Task CancellationOfAPaidDemande_ClawsTheTransferBackOnTheFirstWorkingDayAfter30Days()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var id = await api.SubmitAsync(idClient);
        await api.ReachAsync(id, "70");

        await api.AnnulerAsync(id, "ANNUL_ERR_MNT").ShouldBeAcceptedAsync();

        (await api.NowAsync()).Should().Be("2026-03-10T05:00:00.000Z");
        var notice = (await api.OutboxAsync($"kind=ANNULATION_ORGANISME&idDemandePaiement={id}")).Should().ContainSingle().Which;
        (notice.Amount("montant"), notice.Text("dateEffet")).Should().Be((50.00m, "2026-04-10T04:00:00.000Z"));
        notice.Text("corps").Should().Contain("Nous prélèverons 50,00 €").And.Contain("10/04/2026 à 06:00").And.Contain("4.5.6");
        var refund = (await api.OutboxAsync($"kind=ANNULATION_PARTICULIER&idDemandePaiement={id}")).Should().ContainSingle().Which;
        refund.Text("corps").Should().Contain("Les 25,00 € prélevés vous seront remboursés");
        (await api.InfoDemandeAsync(id)).Amount("infoVirement.mntVirement").Should().Be(50.00m);
    }

    [Fact]
    public async Task CancellationAfterAnImpaye_LiftsTheBlock()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var id = await api.SubmitAsync(idClient);
        await api.ReachAsync(id, "60");

        var answer = await api.AnnulerAsync(id).ShouldBeAcceptedAsync();

        answer["transitions"]!.AsArray().Select(t => (t.Text("objectKind"), t.Text("to"))).Should().Equal(
            ("demande", "111"), ("particulier", "APPAREILLAGE_VALIDE"));
        (await api.StatutParticulierAsync(idClient)).Should().Be("APPAREILLAGE_VALIDE");
    }

    [Fact]
    public async Task CancellationOfAContestedDemande_Is409_AndCitesTheContestation()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var id = await api.SubmitAsync(idClient);
        await api.ReachAsync(id, "40");

        var problem = await (await api.AnnulerAsync(id, "ANNUL_AUTRE")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "TRANSITION_INTERDITE");

        problem.Text("detail").Should().Contain(id).And.Contain("contestée par le particulier").And.Contain("4.5.6");
        var info = await api.InfoDemandeAsync(id);
        (info.Text("statut.code"), info.Text("infoRejet.code")).Should().Be(("40", "REGUL_NB_QTE_FACT"));
        (await api.OutboxAsync("kind=ANNULATION_ORGANISME")).Should().BeEmpty();
    }

    [Theory]
    [InlineData("CONTEST_ERR_FACT")]
    [InlineData("ANNULATION")]
    [InlineData("annul_dbl")]
    public async Task Cancellation_WithoutAnAnnulMotive_Is400MotifInvalide(string code)
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var id = await api.SubmitAsync(idClient);

        var problem = await (await api.AnnulerAsync(id, code)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "MOTIF_INVALIDE");

        problem.Text("detail").Should().Contain("ANNUL_DBL");
        (await api.InfoDemandeAsync(id)).Text("statut.code").Should().Be("10");
    }

    [Fact]
    public async Task SecondCancellation_Is409()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var id = await api.SubmitAsync(idClient);
        await api.ReachAsync(id, "110");

        await (await api.AnnulerAsync(id)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "TRANSITION_INTERDITE");
    }

    private static decimal? Money(string? amount) => amount is null ? null : decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);
}
