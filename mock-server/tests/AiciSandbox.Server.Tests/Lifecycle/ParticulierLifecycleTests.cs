using System.Net;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Lifecycle;

/// <summary>
/// The particulier's account (facts §2.1, §4.2): a new account activates itself 5 minutes after the inscription; a person who
/// already has an account (persona « Existant ») must accept the appareillage, or refuses it and the provider no longer sees
/// them; the SEPA mandate may expire and be renewed. Tenants start Monday 2 March 2026, 08:00 UTC (09:00 Paris).
/// </summary>
public sealed class ParticulierLifecycleTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task NewAccount_IsInvitedToActivate_AndActivatesItselfExactlyFiveMinutesLater()
    {
        var api = await fixture.NewTenantAsync();
        var idClient = await api.RegisterAsync(TestData.Particulier());

        var next = (await (await api.ClockAsync()).ShouldBeOkJsonAsync())["nextEvent"];
        var early = await api.AdvanceToAsync("2026-03-02T08:04:59Z");
        var pending = await api.StatutParticulierAsync(idClient);
        var due = await api.AdvanceToAsync("2026-03-02T08:05:00Z");

        (next.Text("at"), next.Text("objectKind"), next.Text("objectId"), next.Text("trigger"))
            .Should().Be(("2026-03-02T08:05:00.000Z", "particulier", idClient, "Activate"));
        (await api.OutboxAsync($"idClient={idClient}")).Texts("kind").Should().Equal("INVITATION_ACTIVATION", "MOT_DE_PASSE_PROVISOIRE");
        early["transitions"]!.AsArray().Should().BeEmpty();
        pending.Should().Be("APPAREILLAGE_EC");
        var t = due["transitions"]!.AsArray().Should().ContainSingle().Which;
        (t.Text("from"), t.Text("to"), t.Text("trigger"), t.Text("actor")).Should().Be(("APPAREILLAGE_EC", "APPAREILLAGE_VALIDE", "Activate", "clock"));
        var statut = (await (await api.StatutAsync(idClient)).ShouldBeOkJsonAsync())["statut"];
        (statut.Text("code"), statut.Text("etat"), statut.Text("description"))
            .Should().Be(("APPAREILLAGE_VALIDE", "OK", "Transmission DP possible, appareillage validé le 02/03/2026 09:05:00"));
    }

    [Fact]
    public async Task ExistingAccount_IsAskedForTheAppareillage_AndWaitsForIt()
    {
        var api = await fixture.NewTenantAsync();
        var idClient = await api.RegisterAsync(TestData.Particulier("Existant"));

        var messages = await api.OutboxAsync($"idClient={idClient}");
        var clock = await (await api.ClockAsync()).ShouldBeOkJsonAsync();
        await api.AdvanceByAsync("P7D");

        messages.Select(m => (m.Text("kind"), m.Text("canal"), m.Text("destinataire"))).Should().Equal(
            ("DEMANDE_APPAREILLAGE", "email", "particulier"), ("DEMANDE_APPAREILLAGE", "sms", "particulier"),
            ("MOT_DE_PASSE_PROVISOIRE", "email", "particulier"));
        clock["nextEvent"].Should().BeNull();
        (await api.StatutParticulierAsync(idClient)).Should().Be("APPAREILLAGE_EC");
        var view = await api.ParticulierAsync(idClient);
        (view.Text("compte"), view.Text("persona")).Should().Be(("Existant", "CompteExistant"));
        await (await api.TransmettreAsync(TestData.Demande(idClient, TestData.NumeroFacture())))
            .ShouldRejectOnlyItemWithAsync("ERR_LIEN_PARTICULIER_PRESTATAIRE");
    }

    [Fact]
    public async Task AcceptedAppareillage_IsValidatedWithItsDate_AndDemandesFromThenOnAreAccepted()
    {
        var api = await fixture.NewTenantAsync();
        var idClient = await api.RegisterAsync(TestData.Particulier("Existant"));
        await api.AdvanceToAsync("2026-03-09T08:00:00Z");

        var answer = await api.OnParticulierAsync(idClient, "appareillage/acceptation").ShouldBeAcceptedAsync();
        await api.AdvanceByAsync("PT3H");

        var t = answer["transitions"]!.AsArray().Should().ContainSingle().Which;
        (t.Text("at"), t.Text("to"), t.Text("trigger"), t.Text("actor"))
            .Should().Be(("2026-03-09T08:00:00.000Z", "APPAREILLAGE_VALIDE", "AcceptAppareillage", "control"));
        (await (await api.StatutAsync(idClient)).ShouldBeOkJsonAsync()).Text("statut.description")
            .Should().Be("Transmission DP possible, appareillage validé le 09/03/2026 09:00:00");
        await (await api.TransmettreAsync(TestData.Demande(idClient, TestData.NumeroFacture(), "2026-03-06")))
            .ShouldRejectOnlyItemWithAsync("ERR_LIEN_PARTICULIER_PRESTATAIRE");
        await api.TransmettreAccepteeAsync(TestData.Demande(idClient, TestData.NumeroFacture(), "2026-03-09"));
    }

    [Fact]
    public async Task RefusedAppareillage_HidesTheParticulier_AndItsDemandesAreRefused()
    {
        var api = await fixture.NewTenantAsync();
        var person = TestData.Particulier("Existant");
        var idClient = await api.RegisterAsync(person);

        var answer = await api.OnParticulierAsync(idClient, "appareillage/refus").ShouldBeAcceptedAsync();
        await api.AdvanceByAsync("P2D");

        answer.Text("particulier.statut.code").Should().Be("ASSOCIATION_ROMPUE");
        await (await api.StatutAsync(idClient)).ShouldBeOnlyErrorAsync("ERR_RECHERCHE_PARTICULIER");
        await (await api.StatutAsync(adresseMail: person.Text("adresseMail"))).ShouldBeOnlyErrorAsync("ERR_RECHERCHE_PARTICULIER");
        await (await api.TransmettreAsync(TestData.Demande(idClient, TestData.NumeroFacture())))
            .ShouldRejectOnlyItemWithAsync("ERR_LIEN_PARTICULIER_PRESTATAIRE");
        await (await api.OnParticulierAsync(idClient, "appareillage/acceptation")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "TRANSITION_INTERDITE");
    }

    [Theory]
    [InlineData("Existant", "activation", "appareillage")]
    [InlineData(null, "appareillage/acceptation", "active son nouveau compte")]
    [InlineData(null, "appareillage/refus", "active son nouveau compte")]
    public async Task ActionForTheOtherKindOfAccount_Is409(string? nomNaissance, string action, string explanation)
    {
        var api = await fixture.NewTenantAsync();
        var idClient = await api.RegisterAsync(TestData.Particulier(nomNaissance));

        var problem = await (await api.OnParticulierAsync(idClient, action)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "TRANSITION_INTERDITE");

        problem.Text("detail").Should().Contain(explanation);
        (await api.StatutParticulierAsync(idClient)).Should().Be("APPAREILLAGE_EC");
    }

    [Fact]
    public async Task ExpiredMandate_RefusesDemandesUntilRenewed()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();

        var expired = await api.OnParticulierAsync(idClient, "mandat/expiration").ShouldBeAcceptedAsync();
        var statut = (await (await api.StatutAsync(idClient)).ShouldBeOkJsonAsync())["statut"];
        var refused = await api.TransmettreAsync(TestData.Demande(idClient, TestData.NumeroFacture()));
        var renewed = await api.OnParticulierAsync(idClient, "mandat/renouvellement").ShouldBeAcceptedAsync();

        expired.Text("transitions[0].trigger").Should().Be("ExpireMandate");
        (statut.Text("code"), statut.Text("etat")).Should().Be(("MANDAT_ECHU", "KO"));
        await refused.ShouldRejectOnlyItemWithAsync("ERR_MANDAT_ECHU");
        (renewed.Text("transitions[0].trigger"), renewed.Text("particulier.statut.code")).Should().Be(("RenewMandate", "APPAREILLAGE_VALIDE"));
        await api.TransmettreAccepteeAsync(TestData.Demande(idClient, TestData.NumeroFacture()));
        await (await api.OnParticulierAsync(idClient, "mandat/renouvellement")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "TRANSITION_INTERDITE");
    }
}
