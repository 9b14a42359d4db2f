using System.Net;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Lifecycle;

/// <summary>
/// 10 → 20 → 30: the particulier is notified a minute after the submission, then has 48 h to act; without action the demande
/// is validated automatically at 48 h (seed CGU art. 4.5.2). The tenant's demande is submitted Wednesday 4 March 2026, 08:00 UTC.
/// </summary>
public sealed class ValidationTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task Notification_OneMinuteAfterSubmission_SendsTheDemandeToValidateWithItsDeadline()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var id = await api.SubmitAsync(idClient);

        var step = await api.NextAsync();

        var transition = step["transitions"]!.AsArray().Should().ContainSingle().Which!;
        (transition.Text("at"), transition.Text("from"), transition.Text("to"), transition.Text("trigger"), transition.Text("actor"))
            .Should().Be(("2026-03-04T08:01:00.000Z", "10", "20", "NotifyParticulier", "clock"));
        (await api.InfoDemandeAsync(id)).Text("statut.libelle").Should().Be("En attente de validation");
        var messages = await api.OutboxAsync($"kind=DEMANDE_A_VALIDER&idDemandePaiement={id}");
        messages.Texts("canal").Should().Equal("email", "sms");
        foreach (var message in messages)
        {
            (message!.Text("destinataire"), message.Text("idClient"), message.Amount("montant"), message.Text("dateEffet"))
                .Should().Be(("particulier", idClient, 25.00m, "2026-03-06T08:01:00.000Z"));
            message.Text("corps").Should().Contain("06/03/2026 à 09:01");
        }
        messages[0]!.Text("corps").Should().Contain("Aide immédiate : 25,00 €").And.Contain("reste à votre charge : 25,00 €");
    }

    [Fact]
    public async Task AutoValidation_HappensExactly48HoursAfterTheNotification_NotAMinuteBefore()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var id = await api.SubmitAsync(idClient);
        await api.NextAsync();

        var early = await api.AdvanceToAsync("2026-03-06T08:00:00Z");
        var statusEarly = (await api.InfoDemandeAsync(id)).Text("statut.code");
        var due = await api.AdvanceToAsync("2026-03-06T08:01:00Z");

        early["transitions"]!.AsArray().Should().BeEmpty();
        statusEarly.Should().Be("20");
        var transition = due["transitions"]!.AsArray().Should().ContainSingle().Which!;
        (transition.Text("at"), transition.Text("objectId"), transition.Text("from"), transition.Text("to"), transition.Text("trigger"), transition.Text("actor"))
            .Should().Be(("2026-03-06T08:01:00.000Z", id, "20", "30", "AutoValidate", "clock"));
        var info = await api.InfoDemandeAsync(id);
        (info.Text("statut.code"), info.Text("statut.libelle")).Should().Be(("30", "Validée"));
        info["infoRejet"].Should().BeNull();
        var dates = (await api.DemandeAsync(id))["echeancier"]!;
        (dates.Text("validationLimite"), dates.Text("valideeLe"), dates.Text("prelevementLe"), dates.Text("virementLe")).Should().Be(
            ("2026-03-06T08:01:00.000Z", "2026-03-06T08:01:00.000Z", "2026-03-10T05:00:00.000Z", "2026-03-12T05:00:00.000Z"));
    }

    [Fact]
    public async Task ExplicitValidation_IsImmediate_AndSchedulesDebitAndTransferFromItsOwnDay()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var id = await api.SubmitAsync(idClient);
        await api.NextAsync();
        await api.AdvanceToAsync("2026-03-04T15:30:00Z");

        var answer = await api.ValiderAsync(id).ShouldBeAcceptedAsync();
        var rest = await api.RunToEndAsync();

        var transition = answer["transitions"]!.AsArray().Should().ContainSingle().Which!;
        (transition.Text("at"), transition.Text("from"), transition.Text("to"), transition.Text("trigger"), transition.Text("actor"))
            .Should().Be(("2026-03-04T15:30:00.000Z", "20", "30", "ValidateByParticulier", "control"));
        (answer.Text("demande.statut"), answer.Text("demande.echeancier.valideeLe")).Should().Be(("30", "2026-03-04T15:30:00.000Z"));
        rest.Select(t => (t.Text("at"), t.Text("to"), t.Text("trigger"))).Should().Equal(
            ("2026-03-06T05:00:00.000Z", "50", "Debit"),
            ("2026-03-10T05:00:00.000Z", "70", "PayProvider"));
    }

    [Fact]
    public async Task Validation_BeforeTheNotification_IsRefused()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var id = await api.SubmitAsync(idClient);

        var problem = await (await api.ValiderAsync(id)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "TRANSITION_INTERDITE");

        problem.Text("detail").Should().Contain("10");
        (await api.InfoDemandeAsync(id)).Text("statut.code").Should().Be("10");
    }

    [Fact]
    public async Task Validation_AfterTheAutomaticValidation_IsRefused()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var id = await api.SubmitAsync(idClient);
        await api.AdvanceToAsync("2026-03-06T08:01:00Z");

        await (await api.ValiderAsync(id)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "TRANSITION_INTERDITE");
        await (await api.ContesterAsync(id, "CONTEST_AUTRE")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "TRANSITION_INTERDITE");
    }
}
