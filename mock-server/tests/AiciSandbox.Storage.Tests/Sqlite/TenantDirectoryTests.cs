using AiciSandbox.Domain.Particuliers;
using AiciSandbox.Domain.PaymentRequests;
using AiciSandbox.Domain.Tenants;
using AiciSandbox.Server.Storage;
using AiciSandbox.Storage.Tests.Support;

namespace AiciSandbox.Storage.Tests.Sqlite;

/// <summary>
/// The tenant directory's memory of when a tenant's next event falls due (the catch-up check of every request) on SQLite,
/// where it is kept between requests: new demandes bring it forward in place instead of making the next request read it
/// again, and after every write it says exactly what the database says.
/// </summary>
public sealed class TenantDirectoryTests : IAsyncLifetime
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly string path = Path.Combine(Path.GetTempPath(), $"aicisandbox-directory-{Guid.NewGuid():N}.db");
    private readonly DomainData data = new();
    private TenantDirectory directory = null!;
    private SqlSandboxStore store = null!;

    public async Task InitializeAsync()
    {
        var connections = SqlConnectionFactory.For(new StorageOptions { Provider = StorageProvider.Sqlite, SqlitePath = path });
        directory = new TenantDirectory(connections);
        store = new SqlSandboxStore(connections, SqlScope.Database(connections), directory);
        await store.InitializeAsync(Ct);
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" }) File.Delete(file);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task NextDue_WhileDemandesAreAdded_FollowsTheDatabase()
    {
        var tenant = TenantId.New();
        var client = data.Particulier();
        await store.SaveParticulierAsync(tenant, client, Ct);
        (await directory.NextDueAsync(tenant, Ct)).Should().Be(await store.NextDueAsync(tenant, Ct), "read once, then known");

        // Submitted out of order: a later one must not push the known date back, an earlier one brings it forward.
        foreach (var minutes in new[] { 30, 50, 10, 40 })
        {
            var demande = data.Demande(client.Id, soumiseLe: DomainData.Now.AddMinutes(minutes).AddTicks(1234))
                with { Statut = DemandeStatus.Integree, InfoRejet = null, InfoVirement = null };
            demande.NextDue.Should().NotBeNull("a demande just submitted waits for its particulier");
            await store.AddDemandesAsync(tenant, [demande], Ct);

            (await directory.NextDueAsync(tenant, Ct)).Should().Be(await store.NextDueAsync(tenant, Ct), $"after the demande submitted at +{minutes} min");
        }
    }

    [Fact]
    public async Task NextDue_WhileParticuliersAreRegistered_FollowsTheDatabase()
    {
        var tenant = TenantId.New();
        await store.SaveParticulierAsync(tenant, data.Particulier() with { Statut = ParticulierStatus.AppareillageEnCours, ActivationPrevueLe = DomainData.Now.AddMinutes(30) }, Ct);
        (await directory.NextDueAsync(tenant, Ct)).Should().Be(await store.NextDueAsync(tenant, Ct), "read once, then known");

        // Registered out of order, one with nothing due: only an earlier activation brings the known date forward.
        foreach (var minutes in new int?[] { 50, 10, null, 20 })
        {
            var registered = data.Particulier() with
            {
                Statut = ParticulierStatus.AppareillageEnCours,
                ActivationPrevueLe = minutes is { } m ? DomainData.Now.AddMinutes(m).AddTicks(1234) : null,
            };
            await store.AddParticuliersAsync(tenant, new Domain.Simulation.EngineResult([registered], [], [], []), Ct);

            (await directory.NextDueAsync(tenant, Ct)).Should().Be(await store.NextDueAsync(tenant, Ct), $"after the inscription due at +{minutes} min");
        }
        (await directory.NextDueAsync(tenant, Ct)).Should().Be(DomainData.Now.AddMinutes(10));
    }

    [Fact]
    public async Task NextDue_AfterAnUpdateThatPushesItLater_IsReadAgain()
    {
        var tenant = TenantId.New();
        var client = data.Particulier() with { Statut = ParticulierStatus.AppareillageEnCours, ActivationPrevueLe = DomainData.Now.AddDays(-1) };
        await store.SaveParticulierAsync(tenant, client, Ct);
        await store.AddDemandesAsync(tenant, [data.Demande(client.Id) with { Statut = DemandeStatus.Integree, InfoRejet = null, InfoVirement = null }], Ct);
        (await directory.NextDueAsync(tenant, Ct)).Should().Be(DomainData.Now.AddDays(-1), "the activation comes first");

        // An update can push a due date later (unlike a new demande): the directory must not keep the earlier one.
        await store.SaveParticulierAsync(tenant, client with { ActivationPrevueLe = DomainData.Now.AddDays(10) }, Ct);

        var next = await directory.NextDueAsync(tenant, Ct);
        next.Should().Be(await store.NextDueAsync(tenant, Ct));
        next.Should().BeAfter(DomainData.Now.AddDays(-1), "the demande's deadline is the tenant's next event now");
    }
}
