using System.Text.Json.Nodes;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Lifecycle;

/// <summary>
/// 50 → 60 → 120 or 70: a rejected debit blocks the particulier's account (new demandes get <c>ERR_CMPT_BLOQUE</c>), the
/// organisme is told the amount and the date of its own debit, recovered at least 30 days later; the block lasts while any
/// demande of the particulier is unpaid (seed CGU art. 4.5.5). Validated Wednesday 4 March, debited Friday 6 March 05:00 UTC.
/// </summary>
public sealed class ImpayeTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task RejectedDebit_Is60_BlocksTheAccount_AndTellsTheOrganismeAmountAndDebitDate()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var id = await api.SubmitAsync(idClient);
        await api.ReachAsync(id, "50");

        var answer = await api.RejeterPrelevementAsync(id).ShouldBeAcceptedAsync();

        answer["transitions"]!.AsArray().Select(t => (t.Text("objectKind"), t.Text("from"), t.Text("to"), t.Text("trigger"))).Should().Equal(
            ("demande", "50", "60", "RejectDebit"), ("particulier", "APPAREILLAGE_VALIDE", "PARTICULIER_BLOQUE", "Block"));
        (answer.Text("demande.echeancier.impayeLe"), answer.Text("demande.echeancier.recouvrementLe"))
            .Should().Be(("2026-03-06T05:00:00.000Z", "2026-04-07T04:00:00.000Z"));
        (await api.InfoDemandeAsync(id)).Text("statut.libelle").Should().Be("En refus de prélèvement");
        var statut = (await (await api.StatutAsync(idClient)).ShouldBeOkJsonAsync())["statut"];
        (statut.Text("code"), statut.Text("etat")).Should().Be(("PARTICULIER_BLOQUE", "KO"));
        await (await api.TransmettreAsync(TestData.Demande(idClient, TestData.NumeroFacture()))).ShouldRejectOnlyItemWithAsync("ERR_CMPT_BLOQUE");

        var notice = (await api.OutboxAsync($"kind=IMPAYE_ORGANISME&idDemandePaiement={id}")).Should().ContainSingle().Which;
        (notice.Text("destinataire"), notice.Amount("montant"), notice.Text("dateEffet")).Should().Be(("organisme", 25.00m, "2026-04-07T04:00:00.000Z"));
        notice.Text("corps").Should().Contain("25,00 €").And.Contain("07/04/2026 à 06:00").And.Contain("notification préalable");
        var blocked = (await api.OutboxAsync($"kind=COMPTE_BLOQUE&idClient={idClient}")).Should().ContainSingle().Which;
        blocked.Text("destinataire").Should().Be("particulier");
    }

    [Fact]
    public async Task Impaye_IsStillPaidToTheProvider_ThenRecoveredOnTheFirstWorkingDayAfter30Days_AndTheBlockIsLifted()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var id = await api.SubmitAsync(idClient);
        await api.ReachAsync(id, "60");

        var transfer = await api.NextAsync();
        var paidWhileUnpaid = await api.InfoDemandeAsync(id);
        var beforeRecovery = await api.AdvanceToAsync("2026-04-07T03:59:00Z");
        var stillBlocked = await api.StatutParticulierAsync(idClient);
        var recovery = await api.AdvanceToAsync("2026-04-07T04:00:00Z");

        Single(transfer).Should().Be(("2026-03-10T05:00:00.000Z", "demande", "60", "60", "PayProvider"));
        (paidWhileUnpaid.Text("statut.code"), paidWhileUnpaid.Amount("infoVirement.mntVirement")).Should().Be(("60", 50.00m));
        beforeRecovery["transitions"]!.AsArray().Should().BeEmpty("Sunday 5 April is 30 days after the impayé, Monday 6 is Easter Monday");
        stillBlocked.Should().Be("PARTICULIER_BLOQUE");
        recovery["transitions"]!.AsArray().Select(t => (t.Text("at"), t.Text("objectKind"), t.Text("from"), t.Text("to"), t.Text("trigger"))).Should().Equal(
            ("2026-04-07T04:00:00.000Z", "demande", "60", "120", "RecoverFromProvider"),
            ("2026-04-07T04:00:00.000Z", "particulier", "PARTICULIER_BLOQUE", "APPAREILLAGE_VALIDE", "Unblock"));
        (await api.InfoDemandeAsync(id)).Text("statut.libelle").Should().Be("Recouvrée");
        (await api.StatutParticulierAsync(idClient)).Should().Be("APPAREILLAGE_VALIDE");
        var recouvrement = (await api.OutboxAsync($"kind=RECOUVREMENT&idDemandePaiement={id}")).Should().ContainSingle().Which;
        (recouvrement.Text("destinataire"), recouvrement.Amount("montant")).Should().Be(("organisme", 25.00m));
        (await api.OutboxAsync($"kind=COMPTE_DEBLOQUE&idClient={idClient}")).Should().ContainSingle();
        await api.TransmettreAccepteeAsync(TestData.Demande(idClient, TestData.NumeroFacture(), "2026-04-06"));
    }

    [Fact]
    public async Task Regularisation_BeforeTheRecovery_Is70_LiftsTheBlock_AndTheTransferStillHappensOnItsDate()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var id = await api.SubmitAsync(idClient);
        await api.ReachAsync(id, "60");

        var answer = await api.RegulariserAsync(id).ShouldBeAcceptedAsync();
        var regularised = await api.InfoDemandeAsync(id);
        var transfer = await api.NextAsync();
        var paid = await api.InfoDemandeAsync(id);
        var clock = await (await api.ClockAsync()).ShouldBeOkJsonAsync();

        answer["transitions"]!.AsArray().Select(t => (t.Text("objectKind"), t.Text("to"), t.Text("trigger"))).Should().Equal(
            ("demande", "70", "RegulariseImpaye"), ("particulier", "APPAREILLAGE_VALIDE", "Unblock"));
        (regularised.Text("statut.code"), regularised.Text("infoVirement.dateVirement")).Should().Be(("70", "2026-03-10T05:00:00Z"));
        regularised.At("infoVirement.mntVirement").Should().BeNull();
        Single(transfer).Should().Be(("2026-03-10T05:00:00.000Z", "demande", "70", "70", "PayProvider"));
        (paid.Text("statut.code"), paid.Amount("infoVirement.mntVirement")).Should().Be(("70", 50.00m));
        clock["nextEvent"].Should().BeNull("no recovery is due once the particulier has paid");
        var notice = (await api.OutboxAsync($"kind=IMPAYE_REGULARISE&idDemandePaiement={id}")).Should().ContainSingle().Which;
        (notice.Text("destinataire"), notice.Amount("montant")).Should().Be(("organisme", 25.00m));
        (await api.StatutParticulierAsync(idClient)).Should().Be("APPAREILLAGE_VALIDE");
        await api.TransmettreAccepteeAsync(TestData.Demande(idClient, TestData.NumeroFacture()));
    }

    [Fact]
    public async Task TwoImpayes_KeepTheAccountBlocked_UntilBothAreSettled()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var first = await api.SubmitAsync(idClient);
        var second = await api.SubmitAsync(idClient);
        await api.NextAsync();
        await api.ValiderAsync(first).ShouldBeAcceptedAsync();
        await api.ValiderAsync(second).ShouldBeAcceptedAsync();
        await api.NextUntilAsync(second, "50");
        await api.RejeterPrelevementAsync(first).ShouldBeAcceptedAsync();

        var secondRejection = await api.RejeterPrelevementAsync(second).ShouldBeAcceptedAsync();
        var firstSettled = await api.RegulariserAsync(first).ShouldBeAcceptedAsync();
        var afterFirst = await api.StatutParticulierAsync(idClient);
        var secondRecovered = await api.NextUntilAsync(second, "120");

        ObjectKinds(secondRejection).Should().Equal("demande");
        ObjectKinds(firstSettled).Should().Equal("demande");
        afterFirst.Should().Be("PARTICULIER_BLOQUE");
        secondRecovered.Where(t => t.Text("objectKind") == "particulier").Select(t => (t.Text("at"), t.Text("trigger")))
            .Should().Equal(("2026-04-07T04:00:00.000Z", "Unblock"));
        (await api.StatutParticulierAsync(idClient)).Should().Be("APPAREILLAGE_VALIDE");
    }

    private static (string At, string Kind, string From, string To, string Trigger) Single(JsonNode step)
    {
        var t = step["transitions"]!.AsArray().Should().ContainSingle().Which;
        return (t.Text("at"), t.Text("objectKind"), t.Text("from"), t.Text("to"), t.Text("trigger"));
    }

    private static IEnumerable<string> ObjectKinds(JsonNode answer) => answer["transitions"]!.AsArray().Texts("objectKind");
}
