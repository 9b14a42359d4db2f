using System.Data.Common;
using AiciSandbox.Domain.Particuliers;
using AiciSandbox.Domain.ParticulierSpace;
using AiciSandbox.Domain.Tenants;
using Dapper;

namespace AiciSandbox.Server.Storage;

internal sealed partial class SqlSandboxStore
{
    public Task<Particulier?> FindParticulierAsync(TenantId tenant, string idClient, CancellationToken ct) =>
        QuerySingleAsync<Particulier>("SELECT data FROM particuliers WHERE tenant_id = @tenant AND id = @id",
            new { tenant = tenant.Value, id = idClient }, ct);

    public Task<IReadOnlyList<Particulier>> FindParticuliersByIdsAsync(TenantId tenant, IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        var args = new Dictionary<string, object?> { ["tenant"] = tenant.Value };
        return QueryAsync<Particulier>($"SELECT data FROM particuliers WHERE tenant_id = @tenant AND {In("id", ids, args)}", args, ct);
    }

    public Task SaveSpaceAccessAsync(TenantId tenant, SpaceAccess access, CancellationToken ct) =>
        scope.WriteAsync(tenant, (db, tx) => SpaceAccessStore.SaveAsync(db, tx, tenant, access, ct), ct);

    public Task<IReadOnlyList<Particulier>> FindParticuliersByEmailAsync(TenantId tenant, string email, CancellationToken ct) =>
        QueryAsync<Particulier>("SELECT data FROM particuliers WHERE tenant_id = @tenant AND email = @email",
            new { tenant = tenant.Value, email = email.ToLowerInvariant() }, ct);

    public Task<IReadOnlyList<Particulier>> FindParticuliersByIdentityOrContactAsync(
        TenantId tenant, string identityKey, string email, string phone, CancellationToken ct) =>
        QueryAsync<Particulier>(ByIdentityOrContactSql, new { tenant = tenant.Value, identityKey, email = email.ToLowerInvariant(), phone }, ct);

    /// <summary>
    /// The particuliers an inscription may clash with: one lookup per index (identity, e-mail, phone), each leaving out the
    /// rows an earlier one found. One <c>WHERE</c> with <c>OR</c> made SQLite walk every particulier of the tenant (without
    /// statistics it does not know three lookups are cheaper), so that each inscription cost more than the one before it.
    /// </summary>
    internal const string ByIdentityOrContactSql = """
        SELECT data FROM particuliers WHERE tenant_id = @tenant AND identity_key = @identityKey
        UNION ALL
        SELECT data FROM particuliers WHERE tenant_id = @tenant AND email = @email AND identity_key <> @identityKey
        UNION ALL
        SELECT data FROM particuliers WHERE tenant_id = @tenant AND phone = @phone AND identity_key <> @identityKey AND email <> @email
        """;

    public async Task SaveParticulierAsync(TenantId tenant, Particulier p, CancellationToken ct)
    {
        await scope.WriteAsync(tenant, (db, tx) => UpsertParticuliersAsync(db, tx, tenant, [p], ct), ct);
        scope.AfterCommit(() => directory?.ForgetState(tenant));
    }

    private static Task<int> UpsertParticuliersAsync(DbConnection db, DbTransaction tx, TenantId tenant, IEnumerable<Particulier> particuliers, CancellationToken ct) =>
        BulkRows.RunAsync(db, tx, """
            INSERT INTO particuliers (tenant_id, id, identity_key, email, phone, next_due, data)
            VALUES (@tenant, @id, @identityKey, @email, @phone, @nextDue, @data)
            ON CONFLICT (tenant_id, id) DO UPDATE SET
                identity_key = excluded.identity_key, email = excluded.email, phone = excluded.phone,
                next_due = excluded.next_due, data = excluded.data
            """, ["@tenant", "@id", "@identityKey", "@email", "@phone", "@nextDue", "@data"], particuliers, (p, v) =>
            {
                (v[0], v[1], v[2], v[3]) = (tenant.Value, p.Id.Value, p.IdentityKey, p.Inscription.AdresseMail!.ToLowerInvariant());
                (v[4], v[5], v[6]) = (InscriptionRules.NormalizedPhone(p.Inscription.NumeroTelephonePortable!), Millis(p.NextDue?.At), new StoredJson(p));
            }, ct);
}
