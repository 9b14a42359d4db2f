using System.Net;
using System.Text.Json.Nodes;
using AiciSandbox.Domain.PaymentRequests;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Lifecycle;

/// <summary>
/// Every (status the lifecycle reaches, control action) pair over HTTP (STYLE rule 5): the demande is first brought to the
/// status through the public API and the control API, then the action is played. A legal move answers 200 with the new
/// status; any other answers 409 <c>TRANSITION_INTERDITE</c> and changes nothing (facts §4.1, seed CGU art. 4.5, D7, D11).
/// </summary>
public sealed class ControlActionMatrixTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    /// <summary>The control actions on a demande, with the body each needs.</summary>
    private static readonly IReadOnlyDictionary<string, JsonObject?> Actions = new Dictionary<string, JsonObject?>
    {
        ["validation"] = null,
        ["contestation"] = ControlCalls.Motif("REGUL_AUTRE", "Ce n'est pas le bon mois."),
        ["prelevement/rejet"] = null,
        ["impaye/regularisation"] = null,
        ["annulation"] = ControlCalls.Motif("ANNUL_AUTRE", "Demande du prestataire."),
    };

    /// <summary>The legal moves, written out from the lifecycle (docs/lifecycle.md); every other pair is refused.</summary>
    private static readonly IReadOnlyDictionary<(string From, string Action), string> Legal = new Dictionary<(string, string), string>
    {
        [("20", "validation")] = "30",
        [("20", "contestation")] = "40",
        [("50", "prelevement/rejet")] = "60",
        [("70", "prelevement/rejet")] = "60",
        [("60", "impaye/regularisation")] = "70",
        [("10", "annulation")] = "110",
        [("20", "annulation")] = "110",
        [("30", "annulation")] = "110",
        [("50", "annulation")] = "110",
        [("70", "annulation")] = "110",
        [("60", "annulation")] = "111",
        [("120", "annulation")] = "112",
    };

    public static TheoryData<string, string, string?> Pairs()
    {
        var pairs = new TheoryData<string, string, string?>();
        foreach (var from in Lifecycles.Reachable)
            foreach (var action in Actions.Keys)
                pairs.Add(from, action, Legal.GetValueOrDefault((from, action)));
        return pairs;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public async Task ControlAction_IsPlayedWhenLegal_AndRefusedWithTransitionInterditeOtherwise(string from, string action, string? to)
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var id = await api.SubmitAsync(idClient);
        await api.ReachAsync(id, from);
        var messagesBefore = (await api.OutboxAsync()).Count;

        var response = await api.OnDemandeAsync(id, action, (JsonObject?)Actions[action]?.DeepClone());

        if (to is null)
        {
            var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "TRANSITION_INTERDITE");
            problem.Text("detail").Should().Contain(id);
            (await api.InfoDemandeAsync(id)).Text("statut.code").Should().Be(from, "a refused action changes nothing");
            (await api.OutboxAsync()).Should().HaveCount(messagesBefore);
            return;
        }
        var answer = await response.ShouldBeOkJsonAsync();
        var moved = answer["transitions"]!.AsArray().First(t => t.Text("objectKind") == "demande");
        (moved.Text("objectId"), moved.Text("from"), moved.Text("to"), moved.Text("actor")).Should().Be((id, from, to, "control"));
        answer.Text("demande.statut").Should().Be(to);
        (await api.InfoDemandeAsync(id)).Text("statut.code").Should().Be(to);
    }

    [Fact]
    public void Matrix_CoversElevenStatusesAndFiveActions_WithTwelveLegalMoves()
    {
        Pairs().Should().HaveCount(55);
        Pairs().Count(row => row[2] is not null).Should().Be(12);
        var domainMoves = DemandeTransitions.All
            .Where(move => Triggers.ContainsKey(move.Key.Trigger) && Lifecycles.Reachable.Contains(move.Key.From.Code()))
            .ToDictionary(move => (move.Key.From.Code(), Triggers[move.Key.Trigger]), move => move.Value.Code());
        Legal.Should().BeEquivalentTo(domainMoves, "the moves written out from docs/lifecycle.md are those of the domain's table");
    }

    /// <summary>The domain trigger each control action plays.</summary>
    private static readonly IReadOnlyDictionary<DemandeTrigger, string> Triggers = new Dictionary<DemandeTrigger, string>
    {
        [DemandeTrigger.ValidateByParticulier] = "validation",
        [DemandeTrigger.ContestByParticulier] = "contestation",
        [DemandeTrigger.RejectDebit] = "prelevement/rejet",
        [DemandeTrigger.RegulariseImpaye] = "impaye/regularisation",
        [DemandeTrigger.Cancel] = "annulation",
    };
}
