using System.Text.Json.Nodes;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Simulation;

/// <summary>
/// <c>GET /sandbox/v1/outbox</c> filters: by <c>kind</c>, <c>idClient</c>, <c>idDemandePaiement</c>, combined, and paged by
/// sequence with <c>after</c>/<c>limit</c>. Each filter answers exactly the messages of the whole outbox that match it, in order.
/// Two particuliers each have a demande notified (Wednesday 4 March 2026), one of them validated and debited.
/// </summary>
public sealed class OutboxFilterTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task ByKind_AnswersOnlyThatKind_InSequenceOrder()
    {
        var (api, world) = await TwoParticuliersWithDemandesAsync();

        var all = await api.OutboxAsync();
        var toValidate = await api.OutboxAsync("kind=DEMANDE_A_VALIDER");
        var debits = await api.OutboxAsync("kind=PRELEVEMENT");

        toValidate.Select(m => (m.Text("idDemandePaiement"), m.Text("canal"))).Should().Equal(
            (world.DemandeA, "email"), (world.DemandeA, "sms"), (world.DemandeB, "email"), (world.DemandeB, "sms"));
        ShouldBeTheMatching(toValidate, all, m => m.Text("kind") == "DEMANDE_A_VALIDER");
        debits.Should().NotBeEmpty();
        ShouldBeTheMatching(debits, all, m => m.Text("kind") == "PRELEVEMENT");
        debits.Select(m => m.Text("idDemandePaiement")).Should().AllBe(world.DemandeA);
        (await api.OutboxAsync("kind=VIREMENT")).Should().BeEmpty();
    }

    [Fact]
    public async Task ByIdClient_AnswersEverythingSentAboutThatParticulier_AndNothingAboutTheOther()
    {
        var (api, world) = await TwoParticuliersWithDemandesAsync();

        var all = await api.OutboxAsync();
        var ofB = await api.OutboxAsync($"idClient={world.ClientB}");

        ofB.Select(m => m.Text("kind")).Distinct().Should().Equal("INVITATION_ACTIVATION", "MOT_DE_PASSE_PROVISOIRE", "DEMANDE_A_VALIDER");
        ShouldBeTheMatching(ofB, all, m => m["idClient"]?.GetValue<string>() == world.ClientB);
        ofB.ToJsonString().Should().NotContain(world.ClientA).And.NotContain(world.DemandeA);
    }

    [Fact]
    public async Task ByIdDemandePaiement_AnswersThatDemandesMessagesOnly()
    {
        var (api, world) = await TwoParticuliersWithDemandesAsync();

        var all = await api.OutboxAsync();
        var ofA = await api.OutboxAsync($"idDemandePaiement={world.DemandeA}");

        ofA.Select(m => m.Text("kind")).Distinct().Should().Equal("DEMANDE_A_VALIDER", "PRELEVEMENT");
        ShouldBeTheMatching(ofA, all, m => m["idDemandePaiement"]?.GetValue<string>() == world.DemandeA);
        (await api.OutboxAsync($"idDemandePaiement={Guid.NewGuid()}")).Should().BeEmpty();
    }

    [Fact]
    public async Task CombinedFilters_AllApply()
    {
        var (api, world) = await TwoParticuliersWithDemandesAsync();

        var all = await api.OutboxAsync();
        var combined = await api.OutboxAsync($"kind=DEMANDE_A_VALIDER&idClient={world.ClientA}");
        var mismatch = await api.OutboxAsync($"kind=PRELEVEMENT&idDemandePaiement={world.DemandeB}");

        combined.Select(m => m.Text("canal")).Should().Equal("email", "sms");
        ShouldBeTheMatching(combined, all, m => m.Text("kind") == "DEMANDE_A_VALIDER" && m["idClient"]?.GetValue<string>() == world.ClientA);
        mismatch.Should().BeEmpty();
    }

    [Fact]
    public async Task AfterAndLimit_PageThroughTheOutbox_AlsoWithAFilter()
    {
        var (api, world) = await TwoParticuliersWithDemandesAsync();

        var all = await api.OutboxAsync();
        var first = await api.OutboxAsync("limit=3");
        var second = await api.OutboxAsync($"after={Seq(first[^1])}&limit=3");
        var rest = await api.OutboxAsync($"after={Seq(second[^1])}&limit=1000");
        var filteredPage = await api.OutboxAsync($"idClient={world.ClientB}&after={Seq(all[0])}&limit=2");

        all.Count.Should().BeGreaterThan(6);
        all.Select(Seq).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        first.Concat(second).Concat(rest).Select(Seq).Should().Equal(all.Select(Seq));
        (first.Count, second.Count).Should().Be((3, 3));
        filteredPage.Select(Seq).Should().Equal(all.Where(m => Seq(m) > Seq(all[0]) && m!["idClient"]?.GetValue<string>() == world.ClientB).Take(2).Select(Seq));
        (await api.OutboxAsync($"after={Seq(all[^1])}")).Should().BeEmpty();
    }

    private sealed record World(string ClientA, string ClientB, string DemandeA, string DemandeB);

    /// <summary>
    /// Particuliers A and B registered on Monday 2 March (an invitation each), activated, a 50 € demande each on Wednesday
    /// 4 March (A's invoice number first, so A's messages come first) notified a minute later; A validates at once, so A's
    /// debit is presented on Friday 6 March.
    /// </summary>
    private async Task<(SandboxApi Api, World World)> TwoParticuliersWithDemandesAsync()
    {
        var api = await fixture.NewTenantAsync();
        var clientA = await api.RegisterActivatedAsync(TestData.Particulier());
        var clientB = await api.RegisterActivatedAsync(TestData.Particulier());
        await api.AdvanceAsync("P2D");
        var demandeA = await api.TransmettreAccepteeAsync(TestData.Demande(clientA, "FAC-2026-0001"));
        var demandeB = await api.TransmettreAccepteeAsync(TestData.Demande(clientB, "FAC-2026-0002"));
        await api.NextAsync();
        await api.ValiderAsync(demandeA).ShouldBeAcceptedAsync();
        await api.AdvanceToAsync("2026-03-06T06:00:00Z");
        return (api, new World(clientA, clientB, demandeA, demandeB));
    }

    private static void ShouldBeTheMatching(JsonArray filtered, JsonArray all, Func<JsonNode, bool> matches) =>
        JsonNode.DeepEquals(filtered, new JsonArray(all.Where(m => matches(m!)).Select(m => m!.DeepClone()).ToArray()))
            .Should().BeTrue($"{filtered.ToJsonString()} should be the matching messages of {all.ToJsonString()}");

    private static long Seq(JsonNode? message) => message!["seq"]!.GetValue<long>();
}
