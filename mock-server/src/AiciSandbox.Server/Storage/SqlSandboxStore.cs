using System.Data.Common;
using System.Globalization;
using AiciSandbox.Domain.PaymentRequests;
using AiciSandbox.Domain.Particuliers;
using AiciSandbox.Domain.Tenants;
using Dapper;

namespace AiciSandbox.Server.Storage;

/// <summary>
/// <see cref="ISandboxStore"/> over SQL with Dapper; the same statements run on SQLite and PostgreSQL. Each write is one
/// committed transaction.
/// </summary>
internal sealed class SqlSandboxStore(SqlConnectionFactory connections) : ISandboxStore
{
    public async Task InitializeAsync(CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        await db.ExecuteAsync(new CommandDefinition(SqlSchema.Create, cancellationToken: ct));
    }

    public Task<Tenant?> FindTenantAsync(TenantId id, CancellationToken ct) =>
        QuerySingleAsync<Tenant>("SELECT data FROM tenants WHERE id = @id", new { id = id.Value }, ct);

    public Task<Tenant?> FindTenantByClientIdAsync(string clientId, CancellationToken ct) =>
        QuerySingleAsync<Tenant>("SELECT data FROM tenants WHERE client_id = @clientId", new { clientId }, ct);

    public Task SaveTenantAsync(Tenant tenant, CancellationToken ct) => ExecuteAsync("""
        INSERT INTO tenants (id, client_id, data) VALUES (@id, @clientId, @data)
        ON CONFLICT (id) DO UPDATE SET client_id = excluded.client_id, data = excluded.data
        """, new { id = tenant.Id.Value, clientId = tenant.ClientId, data = StorageJson.Write(tenant) }, ct);

    public async Task SaveTokenAsync(AccessToken token, DateTimeOffset purgeExpiredBefore, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        await using var tx = await db.BeginTransactionAsync(ct);
        await db.ExecuteAsync(new CommandDefinition("DELETE FROM tokens WHERE tenant_id = @tenant AND expires_at < @before",
            new { tenant = token.TenantId.Value, before = purgeExpiredBefore.ToUnixTimeMilliseconds() }, tx, cancellationToken: ct));
        await db.ExecuteAsync(new CommandDefinition(
            "INSERT INTO tokens (hash, tenant_id, expires_at, data) VALUES (@hash, @tenant, @expires, @data)",
            new { hash = token.Hash, tenant = token.TenantId.Value, expires = token.ExpiresAt.ToUnixTimeMilliseconds(), data = StorageJson.Write(token) },
            tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
    }

    public Task<AccessToken?> FindTokenAsync(string hash, CancellationToken ct) =>
        QuerySingleAsync<AccessToken>("SELECT data FROM tokens WHERE hash = @hash", new { hash }, ct);

    public Task<Particulier?> FindParticulierAsync(TenantId tenant, string idClient, CancellationToken ct) =>
        QuerySingleAsync<Particulier>("SELECT data FROM particuliers WHERE tenant_id = @tenant AND id = @id",
            new { tenant = tenant.Value, id = idClient }, ct);

    public Task<IReadOnlyList<Particulier>> FindParticuliersByIdsAsync(TenantId tenant, IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        var args = new DynamicParameters(new { tenant = tenant.Value });
        return QueryAsync<Particulier>($"SELECT data FROM particuliers WHERE tenant_id = @tenant AND {In("id", ids, args)}", args, ct);
    }

    public Task<IReadOnlyList<Particulier>> FindParticuliersByEmailAsync(TenantId tenant, string email, CancellationToken ct) =>
        QueryAsync<Particulier>("SELECT data FROM particuliers WHERE tenant_id = @tenant AND email = @email",
            new { tenant = tenant.Value, email = email.ToLowerInvariant() }, ct);

    public Task<IReadOnlyList<Particulier>> FindParticuliersByIdentityOrContactAsync(
        TenantId tenant, string identityKey, string email, string phone, CancellationToken ct) =>
        QueryAsync<Particulier>("""
            SELECT data FROM particuliers
            WHERE tenant_id = @tenant AND (identity_key = @identityKey OR email = @email OR phone = @phone)
            """, new { tenant = tenant.Value, identityKey, email = email.ToLowerInvariant(), phone }, ct);

    public Task SaveParticulierAsync(TenantId tenant, Particulier p, CancellationToken ct) => ExecuteAsync("""
        INSERT INTO particuliers (tenant_id, id, identity_key, email, phone, data)
        VALUES (@tenant, @id, @identityKey, @email, @phone, @data)
        ON CONFLICT (tenant_id, id) DO UPDATE SET data = excluded.data
        """, new
    {
        tenant = tenant.Value, id = p.Id.Value, identityKey = p.IdentityKey,
        email = p.Inscription.AdresseMail!.ToLowerInvariant(),
        phone = InscriptionRules.NormalizedPhone(p.Inscription.NumeroTelephonePortable!),
        data = StorageJson.Write(p),
    }, ct);

    public async Task<IReadOnlySet<string>> ExistingNumerosAsync(TenantId tenant, IReadOnlyCollection<string> numeros, CancellationToken ct)
    {
        var args = new DynamicParameters(new { tenant = tenant.Value });
        await using var db = await connections.OpenAsync(ct);
        var found = await db.QueryAsync<string>(new CommandDefinition(
            $"SELECT num_facture FROM demandes WHERE tenant_id = @tenant AND {In("num_facture", numeros, args)}", args, cancellationToken: ct));
        return found.ToHashSet(StringComparer.Ordinal);
    }

    public async Task AddDemandesAsync(TenantId tenant, IReadOnlyList<DemandePaiement> demandes, CancellationToken ct)
    {
        if (demandes.Count == 0) return;
        await using var db = await connections.OpenAsync(ct);
        await using var tx = await db.BeginTransactionAsync(ct);
        // position numbers the tenant's demandes in submission order across batches: a manual clock gives two batches the
        // same submitted_at, and the search must still list the first batch first.
        var next = await db.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COALESCE(MAX(position), -1) + 1 FROM demandes WHERE tenant_id = @tenant", new { tenant = tenant.Value }, tx, cancellationToken: ct));
        var rows = demandes.Select((d, i) => new
        {
            tenant = tenant.Value, id = d.Id.Value, numero = d.NumFactureTiers,
            dateFacture = d.DateFacture.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            submittedAt = d.SoumiseLe.ToUnixTimeMilliseconds(), position = next + i, data = StorageJson.Write(d),
        });
        await db.ExecuteAsync(new CommandDefinition("""
            INSERT INTO demandes (tenant_id, id, num_facture, date_facture, submitted_at, position, data)
            VALUES (@tenant, @id, @numero, @dateFacture, @submittedAt, @position, @data)
            """, rows, tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
    }

    public Task<IReadOnlyList<DemandePaiement>> FindDemandesAsync(TenantId tenant, SearchCriterion criterion, int limit, CancellationToken ct)
    {
        const string select = "SELECT data FROM demandes WHERE tenant_id = @tenant";
        const string order = " ORDER BY date_facture, submitted_at, position LIMIT @limit";
        var args = new DynamicParameters(new { tenant = tenant.Value, limit });
        return criterion switch
        {
            SearchCriterion.ByIds c => InOrder(c.Ids, d => d.Id.Value,
                QueryAsync<DemandePaiement>(select + " AND " + In("id", c.Ids, args) + order, args, ct)),
            SearchCriterion.ByNumeros c => InOrder(c.Numeros, d => d.NumFactureTiers,
                QueryAsync<DemandePaiement>(select + " AND " + In("num_facture", c.Numeros, args) + order, args, ct)),
            SearchCriterion.ByPeriod c => QueryAsync<DemandePaiement>(
                select + (c.From is null ? "" : " AND date_facture >= @from") + (c.To is null ? "" : " AND date_facture <= @to") + order,
                new { tenant = tenant.Value, from = Day(c.From), to = Day(c.To), limit }, ct),
            _ => throw new ArgumentOutOfRangeException(nameof(criterion)),
        };
    }

    /// <summary>Results of an id or number search come back in the order the caller asked for them.</summary>
    private static async Task<IReadOnlyList<DemandePaiement>> InOrder(
        IReadOnlyList<string> keys, Func<DemandePaiement, string> keyOf, Task<IReadOnlyList<DemandePaiement>> query)
    {
        var rank = keys.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i, StringComparer.Ordinal);
        return (await query).OrderBy(d => rank[keyOf(d)]).ToList();
    }

    /// <summary>
    /// <c>column IN (@in0, @in1, …)</c> with one parameter per value, added to <paramref name="args"/>; no value matches nothing.
    /// Dapper's own <c>IN @list</c> only works on SQLite: to PostgreSQL it sends the list as one array parameter, and
    /// <c>IN $2</c> is a syntax error there.
    /// </summary>
    private static string In(string column, IEnumerable<string> values, DynamicParameters args)
    {
        var names = new List<string>();
        foreach (var value in values)
        {
            var name = $"in{names.Count}";
            args.Add(name, value);
            names.Add("@" + name);
        }
        return names.Count == 0 ? "1 = 0" : $"{column} IN ({string.Join(", ", names)})";
    }

    private static string? Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<T?> QuerySingleAsync<T>(string sql, object args, CancellationToken ct) where T : class
    {
        await using var db = await connections.OpenAsync(ct);
        var json = await db.QuerySingleOrDefaultAsync<string>(new CommandDefinition(sql, args, cancellationToken: ct));
        return json is null ? null : StorageJson.Read<T>(json);
    }

    private async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object args, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        var rows = await db.QueryAsync<string>(new CommandDefinition(sql, args, cancellationToken: ct));
        return rows.Select(StorageJson.Read<T>).ToList();
    }

    private async Task ExecuteAsync(string sql, object args, CancellationToken ct)
    {
        await using var db = await connections.OpenAsync(ct);
        await db.ExecuteAsync(new CommandDefinition(sql, args, cancellationToken: ct));
    }
}
