using System.Net;
using System.Text.Json.Nodes;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Simulation;

/// <summary>
/// One advance plays every transition that falls due on the way, each at its own instant, in a deterministic order:
/// time first, then particuliers before demandes, then submission instant, then invoice number (docs/lifecycle.md,
/// « The clock »; <c>SimulationEngine</c>). The clock never goes backwards.
/// </summary>
public sealed class AdvanceOrderTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task OneAdvanceOfAMonth_PlaysTheWholeChain_EachAtItsOwnInstant_InTimeOrder()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var id = await api.SubmitAsync(idClient);

        var moved = await api.AdvanceToAsync("2026-04-04T08:00:00Z");

        (moved.Text("previous"), moved.Text("clock.now")).Should().Be(("2026-03-04T08:00:00.000Z", "2026-04-04T08:00:00.000Z"));
        moved["transitions"]!.AsArray().Select(t => (t.Text("at"), t.Text("objectId"), t.Text("from"), t.Text("to"), t.Text("trigger"))).Should().Equal(
            ("2026-03-04T08:01:00.000Z", id, "10", "20", "NotifyParticulier"),
            ("2026-03-06T08:01:00.000Z", id, "20", "30", "AutoValidate"),
            ("2026-03-10T05:00:00.000Z", id, "30", "50", "Debit"),
            ("2026-03-12T05:00:00.000Z", id, "50", "70", "PayProvider"));
        var info = await api.InfoDemandeAsync(id);
        (info.Text("statut.code"), info.Amount("infoVirement.mntVirement"), info.Text("infoVirement.dateVirement"))
            .Should().Be(("70", 50.00m, "2026-03-12T05:00:00Z"));
        (await api.TransitionsAsync()).Select(t => t.Text("to")).Should().Equal("APPAREILLAGE_VALIDE", "20", "30", "50", "70");
    }

    [Fact]
    public async Task SimultaneousDebits_FollowTheSubmissionInstant_ThenTheInvoiceNumber()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var early = await api.TransmettreAccepteeAsync(TestData.Demande(idClient, "FAC-2026-0003"));
        await api.AdvanceByAsync("PT1H");
        var batch = (await (await api.TransmettreAsync(
            TestData.Demande(idClient, "FAC-2026-0002"), TestData.Demande(idClient, "FAC-2026-0001"))).ShouldBeOkJsonAsync()).AsArray();
        var (later, laterButFirstByNumber) = (batch[0].Text("idDemandePaiement"), batch[1].Text("idDemandePaiement"));

        var moved = await api.AdvanceToAsync("2026-03-10T06:00:00Z");

        moved["transitions"]!.AsArray().Select(t => (t.Text("at"), t.Text("objectId"), t.Text("to"))).Should().Equal(
            ("2026-03-04T09:01:00.000Z", laterButFirstByNumber, "20"),
            ("2026-03-04T09:01:00.000Z", later, "20"),
            ("2026-03-06T08:01:00.000Z", early, "30"),
            ("2026-03-06T09:01:00.000Z", laterButFirstByNumber, "30"),
            ("2026-03-06T09:01:00.000Z", later, "30"),
            ("2026-03-10T05:00:00.000Z", early, "50"),
            ("2026-03-10T05:00:00.000Z", laterButFirstByNumber, "50"),
            ("2026-03-10T05:00:00.000Z", later, "50"));
    }

    [Fact]
    public async Task SimultaneousEvents_RunTheParticulierFirst_EvenWhenTheDemandeIsOlder()
    {
        var api = await fixture.NewTenantAsync();
        var valideur = await api.RegisterAsync(TestData.Particulier("Valideur"));
        await api.AdvanceAsync("P2D");
        var id = await api.SubmitAsync(valideur);
        await api.AdvanceToAsync("2026-03-04T08:01:00Z");
        var newcomer = await api.RegisterAsync(TestData.Particulier());

        var moved = await api.AdvanceToAsync("2026-03-04T08:10:00Z");

        moved["transitions"]!.AsArray().Select(t => (t.Text("at"), t.Text("objectKind"), t.Text("objectId"), t.Text("to"), t.Text("trigger"), t.Text("actor")))
            .Should().Equal(
                ("2026-03-04T08:06:00.000Z", "particulier", newcomer, "APPAREILLAGE_VALIDE", "Activate", "clock"),
                ("2026-03-04T08:06:00.000Z", "demande", id, "30", "ValidateByParticulier", "persona"));
    }

    [Fact]
    public async Task AdvanceToAnInstantAlreadyPassed_IsClockBackwards_AndNothingIsUndone()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var id = await api.SubmitAsync(idClient);
        await api.AdvanceToAsync("2026-03-11T08:00:00Z");
        var transitions = await api.TransitionsAsync();

        var response = await api.AdvanceClockAsync(new JsonObject { ["to"] = "2026-03-05T08:00:00Z" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "CLOCK_BACKWARDS");
        problem.Text("detail").Should().Contain("ne recule jamais");
        (await api.NowAsync()).Should().Be("2026-03-11T08:00:00.000Z");
        (await api.InfoDemandeAsync(id)).Text("statut.code").Should().Be("50");
        JsonNode.DeepEquals(await api.TransitionsAsync(), transitions).Should().BeTrue();
    }

    [Fact]
    public async Task AdvanceToNow_IsAcceptedAndChangesNothing()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        await api.SubmitAsync(idClient);

        var moved = await api.AdvanceToAsync("2026-03-04T08:00:00Z");

        (moved.Text("previous"), moved.Text("clock.now")).Should().Be(("2026-03-04T08:00:00.000Z", "2026-03-04T08:00:00.000Z"));
        moved["transitions"]!.AsArray().Should().BeEmpty();
        moved.Text("clock.nextEvent.at").Should().Be("2026-03-04T08:01:00.000Z");
    }

    [Fact]
    public async Task AnAdvanceThatStopsBeforeADeadline_LeavesItDue_AndTheNextAdvancePlaysIt()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var id = await api.SubmitAsync(idClient);

        var first = await api.AdvanceByAsync("PT48H");
        var second = await api.AdvanceByAsync("PT1M");

        first["transitions"]!.AsArray().Select(t => t.Text("to")).Should().Equal("20");
        first.Text("clock.nextEvent.at").Should().Be("2026-03-06T08:01:00.000Z");
        var t = second["transitions"]!.AsArray().Should().ContainSingle().Which;
        (t.Text("at"), t.Text("objectId"), t.Text("to")).Should().Be(("2026-03-06T08:01:00.000Z", id, "30"));
    }
}
