using System.Net;
using System.Text.Json.Nodes;
using AiciSandbox.Domain.Simulation;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Simulation;

/// <summary>
/// The personas (scenarios/personas.md): <c>GET /sandbox/v1/personas</c> is the published table, and each row does what it
/// says, seen through the URSSAF API as an integrator sees it, the clock moved by the control API. « Existant » and « Jamais »
/// are shown in Lifecycle/ParticulierLifecycleTests and Demandes/ParticulierRuleTests. Particuliers register on Monday
/// 2 March 2026 at 08:00 UTC; their demandes are sent on Wednesday 4 March at 08:00 and notified a minute later.
/// </summary>
public sealed class PersonaTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task Personas_AreThePublishedTable()
    {
        var api = await fixture.NewTenantAsync();

        var personas = await api.PersonasAsync();

        var expected = new JsonArray(Personas.All.Select(p => (JsonNode)new JsonObject
        {
            ["persona"] = p.Persona.ToString(), ["nomNaissance"] = p.NomNaissance, ["effet"] = p.Effet,
        }).ToArray());
        JsonNode.DeepEquals(personas, expected).Should().BeTrue(personas.ToJsonString());
        personas.Should().HaveCount(12);
    }

    [Theory]
    [InlineData("Inconnu", "ERR_DGFIP_R2P_INCONNU")]
    [InlineData("SANSIMPOT", "ERR_DGFIP_IMPOTPART_INCONNU")]
    [InlineData("Bloqué", "ERR_COMPTE_BLOQUE")]
    public async Task RefusedPersonas_AreRefusedAtInscription_AndNothingIsRegistered(string nomNaissance, string code)
    {
        var api = await fixture.NewTenantAsync();
        var person = TestData.Particulier(nomNaissance);

        await (await api.InscrireAsync(person)).ShouldBeOnlyErrorAsync(code);

        await (await api.StatutAsync(adresseMail: person.Text("adresseMail"))).ShouldBeOnlyErrorAsync("ERR_RECHERCHE_PARTICULIER");
        (await api.OutboxAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Immediat_IsActiveFromTheInscription_SoTheSameMorningCanBeBilled()
    {
        var api = await fixture.NewTenantAsync();
        var immediat = await api.RegisterAsync(TestData.Particulier("Immediat"));
        var ordinaire = await api.RegisterAsync(TestData.Particulier());

        var statut = (await (await api.StatutAsync(immediat)).ShouldBeOkJsonAsync())["statut"];
        await api.AdvanceByAsync("PT3H");

        (statut.Text("code"), statut.Text("etat"), statut.Text("description"))
            .Should().Be(("APPAREILLAGE_VALIDE", "OK", "Transmission DP possible, appareillage validé le 02/03/2026 09:00:00"));
        await api.TransmettreAccepteeAsync(TestData.Demande(immediat, TestData.NumeroFacture(), "2026-03-02"));
        await (await api.TransmettreAsync(TestData.Demande(ordinaire, TestData.NumeroFacture(), "2026-03-02")))
            .ShouldRejectOnlyItemWithAsync("ERR_LIEN_PARTICULIER_PRESTATAIRE");
    }

    [Fact]
    public async Task Valideur_ValidatesFiveMinutesAfterTheNotification()
    {
        var (api, id) = await DemandeOfAsync("Valideur");

        var before = await api.AdvanceToAsync("2026-03-04T08:05:59Z");
        var statusBefore = (await api.InfoDemandeAsync(id)).Text("statut.code");
        var validated = await api.AdvanceToAsync("2026-03-04T08:06:00Z");

        before["transitions"]!.AsArray().Select(t => t.Text("to")).Should().Equal("20");
        statusBefore.Should().Be("20");
        var t = validated["transitions"]!.AsArray().Should().ContainSingle().Which;
        (t.Text("at"), t.Text("from"), t.Text("to"), t.Text("trigger"), t.Text("actor"))
            .Should().Be(("2026-03-04T08:06:00.000Z", "20", "30", "ValidateByParticulier", "persona"));
        var info = await api.InfoDemandeAsync(id);
        (info.Text("statut.code"), info.Text("statut.libelle")).Should().Be(("30", "Validée"));
    }

    [Fact]
    public async Task Contestataire_ContestsFiveMinutesAfterTheNotification_AndTheProviderSeesWhy()
    {
        var (api, id) = await DemandeOfAsync("Contestataire");

        var moved = await api.AdvanceToAsync("2026-03-04T08:06:00Z");
        var afterwards = await api.AdvanceClockAsync(new JsonObject { ["next"] = true });

        moved["transitions"]!.AsArray().Select(t => (t.Text("at"), t.Text("to"), t.Text("trigger"), t.Text("actor"))).Should().Equal(
            ("2026-03-04T08:01:00.000Z", "20", "NotifyParticulier", "clock"),
            ("2026-03-04T08:06:00.000Z", "40", "ContestByParticulier", "persona"));
        var info = await api.InfoDemandeAsync(id);
        (info.Text("statut.code"), info.Text("infoRejet.code")).Should().Be(("40", "CONTEST_ERR_FACT"));
        info.Text("infoRejet.commentaire").Should().Be(Personas.ContestationMotif.Commentaire);
        info["infoVirement"].Should().BeNull();
        await afterwards.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "NO_DUE_EVENT");
    }

    [Fact]
    public async Task Silencieux_NeverActs_SoTheDemandeIsValidatedAutomaticallyAt48Hours()
    {
        var (api, id) = await DemandeOfAsync("Silencieux");

        var waiting = await api.AdvanceToAsync("2026-03-06T08:00:59Z");
        var statusBefore = (await api.InfoDemandeAsync(id)).Text("statut.code");
        var due = await api.AdvanceToAsync("2026-03-06T08:01:00Z");

        waiting["transitions"]!.AsArray().Select(t => t.Text("to")).Should().Equal("20");
        statusBefore.Should().Be("20");
        var t = due["transitions"]!.AsArray().Should().ContainSingle().Which;
        (t.Text("at"), t.Text("to"), t.Text("trigger"), t.Text("actor")).Should().Be(("2026-03-06T08:01:00.000Z", "30", "AutoValidate", "clock"));
    }

    [Fact]
    public async Task Impaye_ValidatesThenTheDebitBouncesTheNextWorkingDay_AndTheAccountIsBlocked()
    {
        var (api, id) = await DemandeOfAsync("Impaye");
        var idClient = (await api.DemandeAsync(id)).Text("idClient");

        var moved = await api.AdvanceToAsync("2026-03-09T06:00:00Z");

        moved["transitions"]!.AsArray().Select(t => (t.Text("at"), t.Text("objectKind"), t.Text("to"), t.Text("trigger"))).Should().Equal(
            ("2026-03-04T08:01:00.000Z", "demande", "20", "NotifyParticulier"),
            ("2026-03-04T08:06:00.000Z", "demande", "30", "ValidateByParticulier"),
            ("2026-03-06T05:00:00.000Z", "demande", "50", "Debit"),
            ("2026-03-09T05:00:00.000Z", "demande", "60", "RejectDebit"),
            ("2026-03-09T05:00:00.000Z", "particulier", "PARTICULIER_BLOQUE", "Block"));
        (await api.InfoDemandeAsync(id)).Text("statut.libelle").Should().Be("En refus de prélèvement");
        var statut = (await (await api.StatutAsync(idClient)).ShouldBeOkJsonAsync())["statut"];
        (statut.Text("code"), statut.Text("etat")).Should().Be(("PARTICULIER_BLOQUE", "KO"));
        await (await api.TransmettreAsync(TestData.Demande(idClient, TestData.NumeroFacture(), "2026-03-06")))
            .ShouldRejectOnlyItemWithAsync("ERR_CMPT_BLOQUE");
    }

    [Fact]
    public async Task Plafond_CapsTheYearsAidAtFiveHundredEuros_WhereAnOrdinaryParticulierGetsHalfOfEverything()
    {
        var api = await fixture.NewTenantAsync();
        var plafond = await api.RegisterAsync(TestData.Particulier("Plafond"));
        var ordinaire = await api.RegisterAsync(TestData.Particulier());
        await api.AdvanceAsync("P2D");

        var capped = await api.TransmettreAccepteeAsync(TestData.Demande(plafond, TestData.NumeroFacture()).WithMontant(40, 30.00m));
        var full = await api.TransmettreAccepteeAsync(TestData.Demande(ordinaire, TestData.NumeroFacture()).WithMontant(40, 30.00m));
        var afterTheCeiling = await api.TransmettreAccepteeAsync(TestData.Demande(plafond, TestData.NumeroFacture()).WithMontant(2, 25.00m));
        await api.NextAsync();

        var (cappedMoney, fullMoney, nothingLeft) =
            ((await api.DemandeAsync(capped))["montants"], (await api.DemandeAsync(full))["montants"], (await api.DemandeAsync(afterTheCeiling))["montants"]);
        (cappedMoney.Amount("ttc"), cappedMoney.Amount("eligibleRetenu"), cappedMoney.Amount("aide"), cappedMoney.Amount("resteACharge"))
            .Should().Be((1200.00m, 1000.00m, 500.00m, 700.00m));
        (fullMoney.Amount("eligibleRetenu"), fullMoney.Amount("aide"), fullMoney.Amount("resteACharge")).Should().Be((1200.00m, 600.00m, 600.00m));
        (nothingLeft.Amount("aide"), nothingLeft.Amount("resteACharge")).Should().Be((0m, 50.00m));
        var notice = (await api.OutboxAsync($"kind=DEMANDE_A_VALIDER&idDemandePaiement={capped}"))[0]!;
        notice.Text("corps").Should().Contain("Aide immédiate : 500,00 €").And.Contain("reste à votre charge : 700,00 €");
    }

    [Fact]
    public async Task Mandatechu_IsActiveButItsMandateHasExpired_SoDemandesAreRefused()
    {
        var api = await fixture.NewTenantAsync();
        var idClient = await api.RegisterAsync(TestData.Particulier("Mandatechu"));

        var statut = (await (await api.StatutAsync(idClient)).ShouldBeOkJsonAsync())["statut"];
        await api.AdvanceAsync("P2D");

        (statut.Text("code"), statut.Text("etat")).Should().Be(("MANDAT_ECHU", "KO"));
        (await api.ParticulierAsync(idClient)).Text("dateActivation").Should().Be("2026-03-02T08:00:00.000Z");
        await (await api.TransmettreAsync(TestData.Demande(idClient, TestData.NumeroFacture()))).ShouldRejectOnlyItemWithAsync("ERR_MANDAT_ECHU");
    }

    /// <summary>A tenant where the persona <paramref name="nomNaissance"/> registered, activated itself and got a 50 € demande.</summary>
    private async Task<(SandboxApi Api, string Id)> DemandeOfAsync(string nomNaissance)
    {
        var api = await fixture.NewTenantAsync();
        var idClient = await api.RegisterAsync(TestData.Particulier(nomNaissance));
        await api.AdvanceAsync("P2D");
        (await api.StatutParticulierAsync(idClient)).Should().Be("APPAREILLAGE_VALIDE");
        return (api, await api.SubmitAsync(idClient));
    }
}
