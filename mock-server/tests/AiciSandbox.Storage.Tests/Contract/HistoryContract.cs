using AiciSandbox.Domain.PaymentRequests;
using AiciSandbox.Domain.Simulation;
using AiciSandbox.Domain.Tenants;
using AiciSandbox.Server.Storage;
using AiciSandbox.Storage.Tests.Support;
using Dapper;

namespace AiciSandbox.Storage.Tests.Contract;

/// <summary>
/// The history of one object (the console's demande page): every transition of that object in the tenant, in order, however
/// many transitions the tenant holds, none of another object's or another tenant's — and, in a database upgraded from
/// before migration 7, the rows written without an object id too.
/// </summary>
public abstract class HistoryContract(IStoreDatabase database) : StoreContract(database)
{
    [StorageFact]
    public async Task History_OfOneDemande_AmongThousandsOfTransitions_IsItsOwnInOrder()
    {
        var (tenant, other) = (TenantId.New(), TenantId.New());
        var target = DemandeId.New().Value;
        await Store.CommitAsync(tenant, Data.Notifications(1_200, from: 1), Ct);
        await Store.CommitAsync(tenant, Data.Notification(1_300, target), Ct);
        await Store.CommitAsync(tenant, Data.Notifications(10, from: 1_301), Ct);
        await Store.CommitAsync(tenant, Validation(target, minutes: 4_000), Ct);
        await Store.CommitAsync(other, Data.Notification(5, target), Ct);

        var history = await Store.ReadHistoryAsync(tenant, "demande", target, Ct);

        history.Select(t => (t.Item.From, t.Item.To)).Should().Equal(("10", "20"), ("20", "30"));
        history.Select(t => t.Seq).Should().Equal(1_201, 1_212);
        (await Store.ReadHistoryAsync(tenant, "particulier", target, Ct)).Should().BeEmpty("the kind is part of the object's name");
    }

    [StorageFact]
    public async Task History_AfterTheUpgrade_IncludesTheRowsWrittenBeforeObjectIdsWereKept()
    {
        var tenant = TenantId.New();
        var target = DemandeId.New().Value;
        var old = new Transition(DomainData.Now, "demande", target, "10", "20", "NotifyParticulier", Actor.Clock);
        var stranger = old with { ObjectId = DemandeId.New().Value };
        await using (var db = await Database.OpenConnectionAsync())
        {
            // Rows as a database written before migration 7 holds them: no object_id.
            await db.ExecuteAsync("""
                INSERT INTO transitions (tenant_id, seq, at, data) VALUES (@tenant, 1, 0, @old), (@tenant, 2, 0, @stranger);
                INSERT INTO sequences (tenant_id, name, last_seq) VALUES (@tenant, 'transitions', 2);
                """, new { tenant = tenant.Value, old = StorageJson.Write(old), stranger = StorageJson.Write(stranger) });
        }
        await Store.CommitAsync(tenant, Validation(target, minutes: 60), Ct);

        var history = await Store.ReadHistoryAsync(tenant, "demande", target, Ct);

        history.Select(t => (t.Seq, t.Item.To)).Should().Equal((1L, "20"), (3L, "30"));
    }

    /// <summary>The demande validated by its particulier (20 → 30) and the message telling the provider.</summary>
    private EngineResult Validation(string demande, int minutes)
    {
        var notified = Data.Notification(minutes, demande);
        return notified with { Transitions = [notified.Transitions[0] with { From = "20", To = "30", Trigger = "ValidateByParticulier", Actor = Actor.Control }] };
    }
}
