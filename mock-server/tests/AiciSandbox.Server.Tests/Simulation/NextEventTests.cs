using System.Net;
using System.Text.Json.Nodes;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Simulation;

/// <summary>
/// <c>{"next":true}</c> and <c>GET /clock</c>'s <c>nextEvent</c>: the clock jumps to what falls due next and says what
/// happened; when nothing is scheduled it refuses rather than guess (docs/lifecycle.md, « The clock »).
/// </summary>
public sealed class NextEventTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task Next_JumpsToTheNotification_AndAnswersWhatHappenedAndWhatComesNext()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var id = await api.SubmitAsync(idClient);

        var step = await api.NextAsync();

        step.Text("previous").Should().Be("2026-03-04T08:00:00.000Z");
        (step.Text("clock.mode"), step.Text("clock.now"), step.Text("clock.nowParis"))
            .Should().Be(("manual", "2026-03-04T08:01:00.000Z", "2026-03-04T09:01:00+01:00"));
        var t = step["transitions"]!.AsArray().Should().ContainSingle().Which;
        (t.Text("at"), t.Text("objectKind"), t.Text("objectId"), t.Text("from"), t.Text("to"), t.Text("trigger"), t.Text("actor"))
            .Should().Be(("2026-03-04T08:01:00.000Z", "demande", id, "10", "20", "NotifyParticulier", "clock"));
        JsonNode.DeepEquals(step["clock"]!["nextEvent"], new JsonObject
        {
            ["at"] = "2026-03-06T08:01:00.000Z", ["objectKind"] = "demande", ["objectId"] = id, ["trigger"] = "AutoValidate",
        }).Should().BeTrue(step.ToJsonString());
    }

    [Fact]
    public async Task Next_FollowsTheWholeLife_OneEventPerStep_ThenNothingIsDue()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var id = await api.SubmitAsync(idClient);

        var steps = new List<JsonNode>();
        for (var i = 0; i < 4; i++) steps.Add(await api.NextAsync());
        var afterTheEnd = await api.AdvanceClockAsync(new JsonObject { ["next"] = true });

        steps.Select(s => (s.Text("clock.now"), s.Text("transitions[0].to"), s["transitions"]!.AsArray().Count)).Should().Equal(
            ("2026-03-04T08:01:00.000Z", "20", 1),
            ("2026-03-06T08:01:00.000Z", "30", 1),
            ("2026-03-10T05:00:00.000Z", "50", 1),
            ("2026-03-12T05:00:00.000Z", "70", 1));
        steps[^1]["clock"]!["nextEvent"].Should().BeNull();
        var problem = await afterTheEnd.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "NO_DUE_EVENT");
        problem.Text("detail").Should().Contain("aucune échéance");
        (await api.NowAsync()).Should().Be("2026-03-12T05:00:00.000Z");
        (await api.InfoDemandeAsync(id)).Text("statut.code").Should().Be("70");
    }

    [Fact]
    public async Task Next_InAnEmptyTenant_IsNoDueEvent_AndTheClockStaysPut()
    {
        var api = await fixture.NewTenantAsync("2026-05-11T07:30:00Z");

        var response = await api.AdvanceClockAsync(new JsonObject { ["next"] = true });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "NO_DUE_EVENT");
        var clock = await (await api.ClockAsync()).ShouldBeOkJsonAsync();
        clock.Text("now").Should().Be("2026-05-11T07:30:00.000Z");
        clock["nextEvent"].Should().BeNull();
        (await api.TransitionsAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Next_WhenOnlyAnExistingAccountWaitsForItsAppareillage_IsNoDueEvent()
    {
        var api = await fixture.NewTenantAsync();
        await api.RegisterAsync(TestData.Particulier("Existant"));

        var response = await api.AdvanceClockAsync(new JsonObject { ["next"] = true });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "NO_DUE_EVENT");
    }

    [Fact]
    public async Task Clock_ShowsTheAutomaticActivationAsNextEvent_UntilTheParticulierActivatesEarlier()
    {
        var api = await fixture.NewTenantAsync();
        var idClient = await api.RegisterAsync(TestData.Particulier());

        var pending = await (await api.ClockAsync()).ShouldBeOkJsonAsync();
        await api.ActiverAsync(idClient).ShouldBeAcceptedAsync();
        var activated = await (await api.ClockAsync()).ShouldBeOkJsonAsync();

        JsonNode.DeepEquals(pending["nextEvent"], new JsonObject
        {
            ["at"] = "2026-03-02T08:05:00.000Z", ["objectKind"] = "particulier", ["objectId"] = idClient, ["trigger"] = "Activate",
        }).Should().BeTrue(pending.ToJsonString());
        activated["nextEvent"].Should().BeNull();
        activated.Text("now").Should().Be("2026-03-02T08:00:00.000Z");
    }

    [Fact]
    public async Task Clock_ShowsTheEarliestOfSeveralPendingEvents()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var first = await api.SubmitAsync(idClient);
        await api.AdvanceByAsync("PT30M");
        var second = await api.SubmitAsync(idClient);
        await api.NextAsync();

        var clock = await (await api.ClockAsync()).ShouldBeOkJsonAsync();

        (clock.Text("now"), clock.Text("nextEvent.at"), clock.Text("nextEvent.objectId"), clock.Text("nextEvent.trigger"))
            .Should().Be(("2026-03-04T08:31:00.000Z", "2026-03-06T08:01:00.000Z", first, "AutoValidate"));
        (await api.DemandeAsync(second)).Text("nextEvent.at").Should().Be("2026-03-06T08:31:00.000Z");
    }
}
