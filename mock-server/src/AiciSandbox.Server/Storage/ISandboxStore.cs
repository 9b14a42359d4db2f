using AiciSandbox.Domain.PaymentRequests;
using AiciSandbox.Domain.Particuliers;
using AiciSandbox.Domain.Tenants;

namespace AiciSandbox.Server.Storage;

/// <summary>
/// Where the sandbox keeps its state (SQLite by default, PostgreSQL by configuration). Every write is committed before
/// the method returns, so an answer that says "accepted" is only sent once the data is durable.
/// </summary>
/// <remarks>Every read and write of tenant data is scoped by <see cref="TenantId"/>: no query crosses tenants.</remarks>
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
    Task SaveParticulierAsync(TenantId tenant, Particulier particulier, CancellationToken ct);

    Task<IReadOnlySet<string>> ExistingNumerosAsync(TenantId tenant, IReadOnlyCollection<string> numeros, CancellationToken ct);
    Task AddDemandesAsync(TenantId tenant, IReadOnlyList<DemandePaiement> demandes, CancellationToken ct);
    Task<IReadOnlyList<DemandePaiement>> FindDemandesAsync(TenantId tenant, SearchCriterion criterion, int limit, CancellationToken ct);
}
