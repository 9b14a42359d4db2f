using AiciSandbox.Domain.Outbox;
using AiciSandbox.Domain.PaymentRequests;
using AiciSandbox.Domain.Particuliers;
using AiciSandbox.Domain.ParticulierSpace;
using AiciSandbox.Domain.Simulation;
using AiciSandbox.Domain.Tenants;
using AiciSandbox.Server.Journal;

namespace AiciSandbox.Server.Storage;

/// <summary>
/// Where the sandbox keeps its state (SQLite by default, PostgreSQL by configuration). Every write is committed before
/// the method returns, so an answer that says "accepted" is only sent once the data is durable.
/// </summary>
/// <remarks>
/// Every read and write of tenant data is scoped by <see cref="TenantId"/>: no query crosses tenants. The store injected in
/// handlers works on the database (each write its own commit, grouped with concurrent ones); the store a tenant session
/// hands out (<see cref="TenantSessions.RunAsync{T}"/>) runs the same methods inside the session's one transaction.
/// docs/request-path.md shows where to add a table and its methods.
/// </remarks>
public interface ISandboxStore
{
    Task InitializeAsync(CancellationToken ct);

    Task<Tenant?> FindTenantAsync(TenantId id, CancellationToken ct);
    Task<Tenant?> FindTenantByClientIdAsync(string clientId, CancellationToken ct);
    Task SaveTenantAsync(Tenant tenant, CancellationToken ct);

    Task SaveTokenAsync(AccessToken token, DateTimeOffset purgeExpiredBefore, CancellationToken ct);
    Task<AccessToken?> FindTokenAsync(string hash, CancellationToken ct);

    Task<Particulier?> FindParticulierAsync(TenantId tenant, string idClient, CancellationToken ct);
    Task<IReadOnlyList<Particulier>> FindParticuliersByIdsAsync(TenantId tenant, IReadOnlyCollection<string> ids, CancellationToken ct);
    Task<IReadOnlyList<Particulier>> FindParticuliersByEmailAsync(TenantId tenant, string email, CancellationToken ct);
    Task<IReadOnlyList<Particulier>> FindParticuliersByIdentityOrContactAsync(TenantId tenant, string identityKey, string email, string phone, CancellationToken ct);

    /// <summary>Her access to her space (<see cref="SpaceAccessStore"/>), written in this store's scope: an inscription's session.</summary>
    Task SaveSpaceAccessAsync(TenantId tenant, SpaceAccess access, CancellationToken ct);
    Task SaveParticulierAsync(TenantId tenant, Particulier particulier, CancellationToken ct);

    Task<IReadOnlySet<string>> ExistingNumerosAsync(TenantId tenant, IReadOnlyCollection<string> numeros, CancellationToken ct);
    Task AddDemandesAsync(TenantId tenant, IReadOnlyList<DemandePaiement> demandes, CancellationToken ct);
    Task<DemandePaiement?> FindDemandeAsync(TenantId tenant, string idDemandePaiement, CancellationToken ct);
    Task<IReadOnlyList<DemandePaiement>> FindDemandesAsync(TenantId tenant, SearchCriterion criterion, int limit, CancellationToken ct);

    /// <summary>Eligible expenses already counted against each particulier's yearly ceiling (cancelled or refused demandes release theirs).</summary>
    Task<IReadOnlyDictionary<PlafondKey, decimal>> EligibleRetenuAsync(TenantId tenant, IReadOnlyCollection<PlafondKey> keys, CancellationToken ct);

    /// <summary>The earliest instant at which something falls due in the tenant, if anything does.</summary>
    Task<DateTimeOffset?> NextDueAsync(TenantId tenant, CancellationToken ct);

    /// <summary>
    /// The tenant's demandes that can still change and the particuliers that own them or have something due, plus the
    /// objects a control action targets.
    /// </summary>
    Task<TenantWorld> LoadWorldAsync(TenantId tenant, string organisme, ControlAction? target, CancellationToken ct);

    /// <summary>Saves new particuliers and changed ones, changed demandes, transitions and messages in one transaction.</summary>
    Task CommitAsync(TenantId tenant, EngineResult changes, CancellationToken ct);

    /// <summary>
    /// <see cref="CommitAsync"/> for an inscription: its particuliers are new and nothing else of the tenant changed, so what
    /// the process knows of the tenant's next due date only moves earlier and its armed faults stay known (the requests after
    /// an inscription read neither again).
    /// </summary>
    Task AddParticuliersAsync(TenantId tenant, EngineResult inscription, CancellationToken ct);

    Task<IReadOnlyList<Sequenced<OutboxMessage>>> ReadOutboxAsync(TenantId tenant, OutboxQuery query, CancellationToken ct);
    Task<IReadOnlyList<Sequenced<Transition>>> ReadTransitionsAsync(TenantId tenant, long after, int limit, CancellationToken ct);

    /// <summary>Every transition of one object of the tenant (a demande, a particulier), oldest first.</summary>
    Task<IReadOnlyList<Sequenced<Transition>>> ReadHistoryAsync(TenantId tenant, string objectKind, string objectId, CancellationToken ct);

    /// <summary>
    /// Appends an exchange to the tenant's journal (keeping its latest <paramref name="keep"/>). Once the task completes, every
    /// read of the journal sees the entry; on SQLite that is at once, the write itself following behind the answer.
    /// </summary>
    Task AppendJournalAsync(TenantId tenant, JournalEntry entry, int keep, CancellationToken ct);
    Task<IReadOnlyList<Sequenced<JournalEntry>>> ReadJournalAsync(TenantId tenant, long after, int limit, CancellationToken ct);

    /// <summary>The tenant's latest <paramref name="count"/> journal entries, oldest first.</summary>
    Task<IReadOnlyList<Sequenced<JournalEntry>>> ReadJournalTailAsync(TenantId tenant, int count, CancellationToken ct);
    Task ClearJournalAsync(TenantId tenant, CancellationToken ct);

    Task AddFaultAsync(TenantId tenant, Faults.Fault fault, DateTimeOffset createdAt, CancellationToken ct);
    Task<IReadOnlyList<Faults.Fault>> ListFaultsAsync(TenantId tenant, CancellationToken ct);
    Task ClearFaultsAsync(TenantId tenant, CancellationToken ct);

    /// <summary>Uses up one call of the oldest fault armed on <paramref name="operation"/> (or on any operation), if any.</summary>
    Task<Faults.Fault?> TakeFaultAsync(TenantId tenant, string operation, CancellationToken ct);

    /// <summary>
    /// Deletes the tenant's particuliers, demandes, transitions, outbox and journal; keeps tenant, tokens and snapshots, and
    /// the sequence numbers, which go on from where they were.
    /// </summary>
    Task ResetAsync(TenantId tenant, CancellationToken ct);
    Task SaveSnapshotAsync(TenantId tenant, TenantSnapshot snapshot, CancellationToken ct);
    Task<TenantSnapshot?> FindSnapshotAsync(TenantId tenant, string id, CancellationToken ct);
    Task<IReadOnlyList<TenantSnapshot>> ListSnapshotsAsync(TenantId tenant, CancellationToken ct);

    /// <summary>Deletes one snapshot of the tenant (nothing when there is none): frees room under the snapshot quota.</summary>
    Task DeleteSnapshotAsync(TenantId tenant, string id, CancellationToken ct);

    /// <summary>Takes the state a snapshot holds: everything but the journal, the tokens and the other snapshots.</summary>
    Task<TenantSnapshot> CaptureAsync(Tenant tenant, string id, string? label, DateTimeOffset realNow, DateTimeOffset simulatedNow, CancellationToken ct);

    /// <summary>
    /// Replaces the tenant's state (clock included) by the snapshot's, in one transaction. Restored transitions and messages
    /// keep their numbers unless one is above the last number given, then they are renumbered after it.
    /// </summary>
    Task RestoreAsync(Tenant tenant, TenantSnapshot snapshot, CancellationToken ct);
}

/// <summary>
/// Which outbox messages to read: after a sequence number, at most <c>Limit</c>, optionally of one kind, particulier or
/// demande; the first ones, or the last ones when <c>Latest</c> — in ascending order either way.
/// </summary>
public sealed record OutboxQuery(long After, int Limit, string? Kind = null, string? IdClient = null, string? IdDemandePaiement = null, bool Latest = false);

/// <summary>
/// A stored item with its per-tenant sequence number: ascending, never reused, never lower than a number given before,
/// whatever was deleted (clear, reset, trimming, restore); gap-free only while nothing is deleted.
/// </summary>
public sealed record Sequenced<T>(long Seq, T Item);

/// <summary>A saved copy of a tenant's state, restored as a new timeline.</summary>
public sealed record TenantSnapshot(
    string Id,
    string? Label,
    DateTimeOffset CreatedAt,
    DateTimeOffset SimulatedAt,
    Domain.Clock.ClockState Clock,
    IReadOnlyList<Particulier> Particuliers,
    IReadOnlyList<DemandePaiement> Demandes,
    IReadOnlyList<Sequenced<Transition>> Transitions,
    IReadOnlyList<Sequenced<OutboxMessage>> Outbox);
