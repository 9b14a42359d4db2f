using System.Net;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Lifecycle;

/// <summary>
/// 20 → 40: "Je ne peux pas valider la prestation" within the 48 h — no debit, the provider is told, and the search shows the
/// particulier's motive and comment in <c>infoRejet</c> (seed CGU art. 4.5.2; facts §4.1 step 4 and §6).
/// </summary>
public sealed class ContestationTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Theory]
    [InlineData("REGUL_MNT_FACT", "Erreur sur le montant facturé et/ou sur le tarif indiqué pour la prestation")]
    [InlineData("REGUL_NB_QTE_FACT", "Nombre d'heures ou quantités facturées erronées")]
    [InlineData("REGUL_PRESTA_FACT", "Erreur sur les prestations facturées")]
    [InlineData("REGUL_AUTRE", "Autre (motif)")]
    [InlineData("CONTEST_ERR_FACT", "La facture comporte une erreur")]
    [InlineData("CONTEST_FACT_REGLEE", "La facture a déjà été réglée")]
    [InlineData("CONTEST_AUTRE", "Autre (motif)")]
    public async Task Contestation_Within48Hours_Is40WithInfoRejet_AndTellsTheOrganisme(string code, string libelle)
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var id = await api.SubmitAsync(idClient);
        await api.NextAsync();
        await api.AdvanceToAsync("2026-03-05T17:45:00Z");
        const string commentaire = "Intervention du 3 mars écourtée : une heure au lieu de deux.";

        var answer = await api.ContesterAsync(id, code, commentaire).ShouldBeAcceptedAsync();

        var transition = answer["transitions"]!.AsArray().Should().ContainSingle().Which;
        (transition.Text("at"), transition.Text("from"), transition.Text("to"), transition.Text("trigger"), transition.Text("actor"))
            .Should().Be(("2026-03-05T17:45:00.000Z", "20", "40", "ContestByParticulier", "control"));
        var info = await api.InfoDemandeAsync(id);
        (info.Text("statut.code"), info.Text("statut.libelle")).Should().Be(("40", "Refusée"));
        (info.Text("infoRejet.code"), info.Text("infoRejet.commentaire")).Should().Be((code, commentaire));
        info["infoVirement"].Should().BeNull();
        var message = (await api.OutboxAsync($"kind=CONTESTATION&idDemandePaiement={id}")).Should().ContainSingle().Which;
        (message.Text("destinataire"), message.Text("a"), message.Text("at")).Should().Be(
            ("organisme", $"organisme@{api.ClientId}.sandbox.test", "2026-03-05T17:45:00.000Z"));
        message.Text("corps").Should().Contain(code).And.Contain(libelle).And.Contain($"« {commentaire} »");
    }

    [Fact]
    public async Task ContestedDemande_IsNeverDebitedNorPaid()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var id = await api.SubmitAsync(idClient);
        await api.NextAsync();
        await api.ContesterAsync(id, "CONTEST_FACT_REGLEE").ShouldBeAcceptedAsync();

        var clock = await (await api.ClockAsync()).ShouldBeOkJsonAsync();
        var later = await api.AdvanceByAsync("P30D");

        clock["nextEvent"].Should().BeNull();
        later["transitions"]!.AsArray().Should().BeEmpty();
        (await api.InfoDemandeAsync(id)).Text("statut.code").Should().Be("40");
        (await api.OutboxAsync($"idDemandePaiement={id}")).Texts("kind").Should().Equal("DEMANDE_A_VALIDER", "DEMANDE_A_VALIDER", "CONTESTATION");
    }

    [Theory]
    [InlineData("ANNUL_DBL")]
    [InlineData("PREST_ABS")]
    [InlineData("contest_err_fact")]
    [InlineData("")]
    [InlineData(null)]
    public async Task Contestation_WithAMotiveOutsideRegulAndContest_Is400MotifInvalide(string? code)
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var id = await api.SubmitAsync(idClient);
        await api.NextAsync();

        var problem = await (await api.OnDemandeAsync(id, "contestation", ControlCalls.Motif(code!, "non")))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "MOTIF_INVALIDE");

        problem.Text("detail").Should().Contain("REGUL_MNT_FACT").And.Contain("CONTEST_AUTRE");
        (await api.InfoDemandeAsync(id)).Text("statut.code").Should().Be("20");
        (await api.OutboxAsync("kind=CONTESTATION")).Should().BeEmpty();
    }

    [Fact]
    public async Task Contestation_WithoutBody_IsA400Problem()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var id = await api.SubmitAsync(idClient);
        await api.NextAsync();

        await (await api.OnDemandeAsync(id, "contestation")).ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType, "INVALID_BODY");
        (await api.InfoDemandeAsync(id)).Text("statut.code").Should().Be("20");
    }

    [Fact]
    public async Task Contest_AfterDeadline_IsRefused()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var id = await api.SubmitAsync(idClient);
        await api.NextAsync();
        await api.AdvanceByAsync("PT48H");

        var problem = await (await api.ContesterAsync(id, "CONTEST_ERR_FACT")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "TRANSITION_INTERDITE");

        problem.Text("detail").Should().Contain("30");
        (await api.InfoDemandeAsync(id))["infoRejet"].Should().BeNull();
    }
}
