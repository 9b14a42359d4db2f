using AiciSandbox.Domain.Particuliers;
using AiciSandbox.Domain.PaymentRequests;
using AiciSandbox.Domain.Simulation;
using AiciSandbox.Domain.Tenants;
using AiciSandbox.Server.Storage;
using AiciSandbox.Storage.Tests.Support;

namespace AiciSandbox.Storage.Tests.Contract;

/// <summary>
/// A big clock move as the server plays it (world loaded, pure engine, one commit): what the store holds afterwards is exactly
/// what the engine decided — every transition and message in order and numbered without gaps, every demande as it left the
/// engine (status, money, dates) — and nothing is applied twice when the world is loaded again. The bulk writes
/// (<see cref="BulkRows"/>: bindings kept from row to row on SQLite, batches on PostgreSQL) must not change a byte of it.
/// </summary>
public abstract class ClockMoveContract(IStoreDatabase database) : StoreContract(database)
{
    private const string Organisme = "organisme@bench.sandbox.test";

    [StorageFact]
    public async Task BigMove_OfHundredsOfDemandes_StoresExactlyWhatTheEngineDecided()
    {
        var tenant = TenantId.New();
        var demandes = await SubmittedAsync(tenant, particuliers: 30, demandesEach: 10);
        var now = DomainData.Now.AddDays(30);

        var decided = SimulationEngine.ApplyDue(await Store.LoadWorldAsync(tenant, Organisme, null, Ct), now);
        await Store.CommitAsync(tenant, decided, Ct);

        decided.Transitions.Count.Should().BeGreaterThan(4 * demandes.Count, "each demande goes 10 → 20 → 30 → 40 → 70, and its particulier activates");
        var transitions = await Store.ReadTransitionsAsync(tenant, 0, 100_000, Ct);
        transitions.Select(t => t.Item).Should().Equal(decided.Transitions);
        transitions.Select(t => t.Seq).Should().Equal(Enumerable.Range(1, decided.Transitions.Count).Select(i => (long)i));
        var outbox = await Store.ReadOutboxAsync(tenant, new OutboxQuery(0, 100_000), Ct);
        outbox.Select(m => m.Item).Should().Equal(decided.Messages);
        outbox.Select(m => m.Seq).Should().Equal(Enumerable.Range(1, decided.Messages.Count).Select(i => (long)i));
        foreach (var d in decided.Demandes)
            StorageJson.Write(await Store.FindDemandeAsync(tenant, d.Id.Value, Ct)).Should().Be(StorageJson.Write(d));
        var last = demandes[^1].Id.Value;
        // The query columns written beside each row's JSON: one object's history, one demande's and one kind's messages.
        (await Store.ReadHistoryAsync(tenant, "demande", last, Ct)).Select(t => t.Item)
            .Should().Equal(decided.Transitions.Where(t => t.ObjectId == last));
        (await Store.ReadOutboxAsync(tenant, new OutboxQuery(0, 1_000, IdDemandePaiement: last), Ct)).Select(m => m.Item)
            .Should().Equal(decided.Messages.Where(m => m.IdDemandePaiement == last));
        (await Store.ReadOutboxAsync(tenant, new OutboxQuery(0, 100_000, Kind: decided.Messages[^1].Kind), Ct)).Select(m => m.Item)
            .Should().Equal(decided.Messages.Where(m => m.Kind == decided.Messages[^1].Kind));
        decided.Demandes.Select(d => d.Statut).Should().AllBeEquivalentTo(DemandeStatus.Payee);

        var again = SimulationEngine.ApplyDue(await Store.LoadWorldAsync(tenant, Organisme, null, Ct), now);
        again.IsEmpty.Should().BeTrue("every transition was stored with the state it left");
        (await Store.NextDueAsync(tenant, Ct)).Should().BeNull();
    }

    [StorageFact]
    public async Task World_IsWhatCanStillChange_AndTheTargetOfAnAction()
    {
        var tenant = TenantId.New();
        var paid = await SubmittedAsync(tenant, particuliers: 3, demandesEach: 4);
        var move = SimulationEngine.ApplyDue(await Store.LoadWorldAsync(tenant, Organisme, null, Ct), DomainData.Now.AddDays(30));
        await Store.CommitAsync(tenant, move, Ct);
        var live = await SubmittedAsync(tenant, particuliers: 2, demandesEach: 3);
        var bystander = Data.Particulier() with { ActivationPrevueLe = null };
        await Store.SaveParticulierAsync(tenant, bystander, Ct);
        var dueParticuliers = move.Particuliers.Where(p => p.NextDue is not null).Select(p => p.Id);
        var liveOwners = live.Select(d => d.IdClient).Distinct().ToList();

        var world = await Store.LoadWorldAsync(tenant, Organisme, null, Ct);
        var onPaid = await Store.LoadWorldAsync(tenant, Organisme, new ControlAction.OnDemande(paid[5].Id.Value, DemandeTrigger.NotifyParticulier), Ct);
        var onBystander = await Store.LoadWorldAsync(tenant, Organisme, new ControlAction.OnParticulier(bystander.Id.Value, ParticulierTrigger.Activate), Ct);

        move.Demandes.Should().OnlyContain(d => d.Statut == DemandeStatus.Payee && d.NextDue == null, "paid and settled: nothing left due");
        world.Demandes.Select(d => d.Id).Should().Equal(live.Select(d => d.Id), "the live ones, in submission order");
        world.Particuliers.Select(p => p.Id).Should().BeEquivalentTo(liveOwners.Union(dueParticuliers));
        onPaid.Demandes.Select(d => d.Id).Should().BeEquivalentTo(live.Append(paid[5]).Select(d => d.Id));
        onPaid.Particuliers.Select(p => p.Id).Should().BeEquivalentTo(liveOwners.Union(dueParticuliers).Append(paid[5].IdClient));
        onBystander.Particuliers.Select(p => p.Id).Should().BeEquivalentTo(liveOwners.Union(dueParticuliers).Append(bystander.Id));
    }

    /// <summary>Particuliers waiting for activation (Bogus fr), each with demandes just submitted (10, nothing notified yet).</summary>
    private async Task<List<DemandePaiement>> SubmittedAsync(TenantId tenant, int particuliers, int demandesEach)
    {
        var all = new List<DemandePaiement>();
        for (var i = 0; i < particuliers; i++)
        {
            var p = Data.Particulier() with { ActivationPrevueLe = DomainData.Now.AddMinutes(5) };
            await Store.SaveParticulierAsync(tenant, p, Ct);
            var own = Enumerable.Range(0, demandesEach)
                .Select(j => Data.Demande(p.Id, soumiseLe: DomainData.Now.AddMinutes(10 + i * demandesEach + j))
                    with { Statut = DemandeStatus.Integree, InfoRejet = null, InfoVirement = null })
                .ToList();
            await Store.AddDemandesAsync(tenant, own, Ct);
            all.AddRange(own);
        }
        return all;
    }
}
