using System.Collections.Concurrent;
using AiciSandbox.Domain.Tenants;

namespace AiciSandbox.Server.Storage;

/// <summary>
/// The tenants and their access tokens, checked from memory on every authenticated request (and the tenant of a client id,
/// on every token request). Tokens never change once
/// issued, so a token read once is kept (an expired one is still refused by its expiry). A tenant record (its clock) is
/// kept only while this process is the database's one writer (SQLite); on a shared database (PostgreSQL, several
/// instances) it is read again on each request, so that a clock moved by another instance is never served stale.
/// </summary>
/// <remarks>
/// <para>Two facts per tenant are kept the same way, so that a request that only reads costs no query for them: when its
/// next event falls due (the catch-up check) and whether it has armed faults. Any committed write of the tenant's state or
/// faults forgets them.</para>
/// <para>The store keeps it in step: it forgets a tenant once a write of its record, state or faults has committed, except
/// for new demandes and new particuliers (an inscription), which can only bring the next due date forward
/// (<see cref="DueAdded"/>: a stream of submissions or inscriptions costs no query for it). A value read from the database is kept only if nothing changed that tenant while it was read (its
/// <c>generations</c> count).</para>
/// </remarks>
internal sealed class TenantDirectory(SqlConnectionFactory connections)
{
    /// <summary>Past this many remembered tokens, the memory starts again from the database (a bound, not a cache policy).</summary>
    private const int MaxTokens = 100_000;

    private readonly SqlSandboxStore database = new(connections);
    private readonly ConcurrentDictionary<TenantId, Tenant> tenants = new();
    private readonly ConcurrentDictionary<string, AccessToken> tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TenantId> clientIds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<TenantId, DateTimeOffset?> nextDue = new();
    private readonly ConcurrentDictionary<TenantId, bool> armedFaults = new();
    private readonly ConcurrentDictionary<TenantId, long> generations = new();
    private readonly Lock gate = new();

    public async Task<Tenant?> FindTenantAsync(TenantId id, CancellationToken ct)
    {
        if (connections.IsShared) return await database.FindTenantAsync(id, ct);
        if (tenants.TryGetValue(id, out var known)) return known;
        var seen = generations.GetValueOrDefault(id);
        var found = await database.FindTenantAsync(id, ct);
        // A write that committed while we read makes what we read old: keep it only if nothing was forgotten meanwhile.
        lock (gate)
        {
            if (found is not null && generations.GetValueOrDefault(id) == seen) tenants[id] = found;
        }
        return found;
    }

    /// <summary>
    /// The tenant that a client id names (token requests), from memory when known. The id remembered for a client id is
    /// only a hint: it is used when the tenant's current record still carries that client id, else the database answers.
    /// </summary>
    public async Task<Tenant?> FindTenantByClientIdAsync(string clientId, CancellationToken ct)
    {
        if (connections.IsShared) return await database.FindTenantByClientIdAsync(clientId, ct);
        if (clientIds.TryGetValue(clientId, out var id) && await FindTenantAsync(id, ct) is { } known && known.ClientId == clientId) return known;
        var found = await database.FindTenantByClientIdAsync(clientId, ct);
        if (found is not null)
        {
            if (clientIds.Count >= MaxTokens) clientIds.Clear();
            clientIds[clientId] = found.Id;
        }
        return found;
    }

    /// <summary>When the tenant's next event falls due (null: nothing is due), from memory when known.</summary>
    public Task<DateTimeOffset?> NextDueAsync(TenantId id, CancellationToken ct) => KnownAsync(nextDue, id, database.NextDueAsync, ct);

    /// <summary>Whether the tenant has armed faults, from memory when known.</summary>
    public Task<bool> HasArmedFaultsAsync(TenantId id, CancellationToken ct) =>
        KnownAsync(armedFaults, id, async (t, c) => (await database.ListFaultsAsync(t, c)).Count > 0, ct);

    /// <summary>The tenant's demandes, particuliers or faults changed (committed): its next due date and faults are read again.</summary>
    public void ForgetState(TenantId id)
    {
        lock (gate)
        {
            Changed(id);
            nextDue.TryRemove(id, out _);
            armedFaults.TryRemove(id, out _);
        }
    }

    /// <summary>
    /// Rows falling due at <paramref name="due"/> at the earliest (null: never) were added to the tenant and nothing else of it
    /// changed (committed): its next due date, when known, becomes the earlier of the two; its faults stay known.
    /// </summary>
    /// <remarks><paramref name="due"/> is kept to the millisecond, as the database stores it.</remarks>
    public void DueAdded(TenantId id, DateTimeOffset? due)
    {
        lock (gate)
        {
            Changed(id);
            if (due is not { } added || !nextDue.TryGetValue(id, out var known)) return;
            var stored = DateTimeOffset.FromUnixTimeMilliseconds(added.ToUnixTimeMilliseconds());
            nextDue[id] = known is { } earlier && earlier <= stored ? earlier : stored;
        }
    }

    private async Task<T> KnownAsync<T>(ConcurrentDictionary<TenantId, T> known, TenantId id, Func<TenantId, CancellationToken, Task<T>> read, CancellationToken ct)
    {
        if (!connections.IsShared && known.TryGetValue(id, out var value)) return value;
        var seen = generations.GetValueOrDefault(id);
        var found = await read(id, ct);
        if (connections.IsShared) return found;
        lock (gate)
        {
            if (generations.GetValueOrDefault(id) == seen) known[id] = found;
        }
        return found;
    }

    public async Task<AccessToken?> FindTokenAsync(string hash, CancellationToken ct)
    {
        if (tokens.TryGetValue(hash, out var known)) return known;
        var found = await database.FindTokenAsync(hash, ct);
        if (found is not null) Keep(found);
        return found;
    }

    /// <summary>
    /// A token just issued (committed). The tokens the database purged with it may stay here: they are long expired, so they
    /// are refused exactly as an unknown token is (401), and <see cref="MaxTokens"/> bounds the memory.
    /// </summary>
    public void Remember(AccessToken token) => Keep(token);

    /// <summary>The tenant's record changed in the database (committed): the next request reads it again.</summary>
    public void Forget(TenantId id)
    {
        lock (gate)
        {
            Changed(id);
            tenants.TryRemove(id, out _);
            nextDue.TryRemove(id, out _);
            armedFaults.TryRemove(id, out _);
        }
    }

    /// <summary>Under <see cref="gate"/>: what was read of the tenant before this moment must not be kept.</summary>
    private void Changed(TenantId id) => generations[id] = generations.GetValueOrDefault(id) + 1;

    private void Keep(AccessToken token)
    {
        if (tokens.Count >= MaxTokens) tokens.Clear();
        tokens[token.Hash] = token;
    }
}
