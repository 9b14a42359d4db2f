using System.Net;
using System.Text.Json.Nodes;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Simulation;

/// <summary>
/// <c>POST /sandbox/v1/snapshots</c>, <c>GET /snapshots</c> and <c>POST /snapshots/{id}/restore</c>: a tenant's state
/// (clock, particuliers, demandes, outbox, transitions) saved and brought back exactly, as a new timeline from which the same
/// future plays again, deterministically; the journal is history and is not rewound (docs/lifecycle.md).
/// </summary>
public sealed class SnapshotTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task Snapshot_Is201WithItsLabelInstantsAndCounts_AndIsListed()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        await api.ReachAsync(await api.SubmitAsync(idClient), "20");

        var first = await api.SnapshotAsync("demande notifiée");
        await api.AdvanceByAsync("PT1H");
        var second = await api.SnapshotAsync();
        var list = await api.SnapshotsAsync();

        first.Text("id").Should().StartWith("snp_");
        (first.Text("label"), first.Text("simulatedAt"), first["particuliers"]!.GetValue<int>(), first["demandes"]!.GetValue<int>())
            .Should().Be(("demande notifiée", "2026-03-04T08:01:00.000Z", 1, 1));
        first.Text("createdAt").Should().NotBeNullOrEmpty();
        second["label"].Should().BeNull();
        second.Text("simulatedAt").Should().Be("2026-03-04T09:01:00.000Z");
        JsonNode.DeepEquals(list, new JsonArray(first.DeepClone(), second.DeepClone())).Should().BeTrue(list.ToJsonString());
    }

    [Fact]
    public async Task Restore_BringsBackTheStateExactly_AndTheSameFuturePlaysAgain()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var id = await api.SubmitAsync(idClient);
        await api.ReachAsync(id, "20");
        var (demande, particulier, outbox, transitions) =
            (await api.DemandeAsync(id), await api.ParticulierAsync(idClient), await api.OutboxAsync(), await api.TransitionsAsync());
        var snapshot = await api.SnapshotAsync("avant validation");
        var firstFuture = await api.RunToEndAsync();
        (await api.InfoDemandeAsync(id)).Text("statut.code").Should().Be("70");

        var restore = await api.RestoreAsync(snapshot.Text("id"));
        var clock = await restore.ShouldBeOkJsonAsync();
        await api.AuthenticateAsync(); // a restore starts a new timeline: tokens of the old one no longer work

        (clock.Text("mode"), clock.Text("now"), clock.Text("nextEvent.at"), clock.Text("nextEvent.trigger"))
            .Should().Be(("manual", "2026-03-04T08:01:00.000Z", "2026-03-06T08:01:00.000Z", "AutoValidate"));
        restore.SandboxNow().Should().Be("2026-03-04T08:01:00.000Z");
        var info = await api.InfoDemandeAsync(id);
        (info.Text("statut.code"), info["infoVirement"]).Should().Be(("20", (JsonNode?)null));
        JsonNode.DeepEquals(await api.DemandeAsync(id), demande).Should().BeTrue();
        JsonNode.DeepEquals(await api.ParticulierAsync(idClient), particulier).Should().BeTrue();
        JsonNode.DeepEquals(await api.OutboxAsync(), outbox).Should().BeTrue();
        JsonNode.DeepEquals(await api.TransitionsAsync(), transitions).Should().BeTrue();

        var secondFuture = await api.RunToEndAsync();

        firstFuture.Select(t => (t.Text("at"), t.Text("to"))).Should().Equal(
            ("2026-03-06T08:01:00.000Z", "30"), ("2026-03-10T05:00:00.000Z", "50"), ("2026-03-12T05:00:00.000Z", "70"));
        secondFuture.Select(t => t.ToJsonString()).Should().Equal(firstFuture.Select(t => t.ToJsonString()));
        var paid = await api.InfoDemandeAsync(id);
        (paid.Text("statut.code"), paid.Amount("infoVirement.mntVirement"), paid.Text("infoVirement.dateVirement"))
            .Should().Be(("70", 50.00m, "2026-03-12T05:00:00Z"));
    }

    [Fact]
    public async Task Restore_MakesADemandeSubmittedAfterTheSnapshotDisappear_AndItsNumberFreeAgain()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var snapshot = await api.SnapshotAsync();
        var numero = TestData.NumeroFacture();
        var later = await api.TransmettreAccepteeAsync(TestData.Demande(idClient, numero));

        (await api.RestoreAsync(snapshot.Text("id"))).EnsureSuccessStatusCode();
        await api.AuthenticateAsync();

        await (await api.RechercherParIdsAsync(later)).ShouldBeOnlyErrorAsync("ERR_RECHERCHE_VIDE");
        var again = await api.TransmettreAccepteeAsync(TestData.Demande(idClient, numero));
        again.Should().NotBe(later);
    }

    [Fact]
    public async Task Restore_DoesNotRewindTheJournal()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var snapshot = await api.SnapshotAsync();
        await api.InscrireAsync(TestData.Particulier());

        (await api.RestoreAsync(snapshot.Text("id"))).EnsureSuccessStatusCode();
        await api.AuthenticateAsync();
        var paths = (await api.JournalAsync("limit=1000")).Select(e => e.Text("entry.path")).ToList();

        paths.TakeLast(4).Should().Equal("/sandbox/v1/snapshots", "/atp/v1/tiersPrestations/particulier", $"/sandbox/v1/snapshots/{snapshot.Text("id")}/restore",
            "/api/oauth/v1/token");
        (await api.StatutParticulierAsync(idClient)).Should().Be("APPAREILLAGE_VALIDE");
    }

    [Fact]
    public async Task UnknownSnapshot_Is404SnapshotInconnu_AndNothingChanges()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var id = await api.SubmitAsync(idClient);

        var response = await api.RestoreAsync("snp_000000000000");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "SNAPSHOT_INCONNU");
        problem.Text("detail").Should().Contain("snp_000000000000");
        (await api.InfoDemandeAsync(id)).Text("statut.code").Should().Be("10");
        (await api.NowAsync()).Should().Be("2026-03-04T08:00:00.000Z");
    }

    [Fact]
    public async Task AnotherTenantsSnapshot_IsNeitherListedNorRestorable()
    {
        var (mine, myClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var (other, otherClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var myDemande = await mine.SubmitAsync(myClient);
        var theirs = await other.SnapshotAsync("le mien");
        await other.SubmitAsync(otherClient);

        var response = await mine.RestoreAsync(theirs.Text("id"));

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "SNAPSHOT_INCONNU");
        (await mine.SnapshotsAsync()).Should().BeEmpty();
        (await mine.InfoDemandeAsync(myDemande)).Text("statut.code").Should().Be("10");
        (await other.SnapshotsAsync()).Select(s => s.Text("id")).Should().Equal(theirs.Text("id"));
        (await other.TransitionsAsync()).Should().NotBeEmpty();
    }
}
