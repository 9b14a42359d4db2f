using System.Data.Common;
using System.Globalization;
using AiciSandbox.Domain.PaymentRequests;
using AiciSandbox.Domain.Tenants;
using Dapper;
using SQLitePCL;

namespace AiciSandbox.Server.Storage;

internal sealed partial class SqlSandboxStore
{
    public async Task<IReadOnlySet<string>> ExistingNumerosAsync(TenantId tenant, IReadOnlyCollection<string> numeros, CancellationToken ct)
    {
        var args = new Dictionary<string, object?> { ["tenant"] = tenant.Value };
        var found = await QueryRowsAsync($"SELECT num_facture FROM demandes WHERE tenant_id = @tenant AND {In("num_facture", numeros, args)}",
            args, static s => raw.sqlite3_column_text(s, 0).utf8_to_string(), ct);
        return found.ToHashSet(StringComparer.Ordinal);
    }

    public async Task AddDemandesAsync(TenantId tenant, IReadOnlyList<DemandePaiement> demandes, CancellationToken ct)
    {
        if (demandes.Count == 0) return;
        await scope.WriteAsync(tenant, (db, tx) => AddDemandesAsync(db, tx, tenant, demandes, ct), ct);
        var due = demandes.Min(d => d.NextDue?.At);
        scope.AfterCommit(() => directory?.DueAdded(tenant, due));
    }

    private static async Task<int> AddDemandesAsync(DbConnection db, DbTransaction tx, TenantId tenant, IReadOnlyList<DemandePaiement> demandes, CancellationToken ct)
    {
        // position numbers the tenant's demandes in submission order across batches: a manual clock gives two batches the
        // same submitted_at, and the search must still list the first batch first.
        var next = (await QueryRowsAsync(db, tx, "SELECT COALESCE(MAX(position), -1) + 1 FROM demandes WHERE tenant_id = @tenant",
            new { tenant = tenant.Value }, static s => raw.sqlite3_column_int(s, 0), ct))[0];
        return await InsertDemandesAsync(db, tx, tenant, demandes.Select((d, i) => (next + i, d)), ct);
    }

    public Task<DemandePaiement?> FindDemandeAsync(TenantId tenant, string idDemandePaiement, CancellationToken ct) =>
        QuerySingleAsync<DemandePaiement>("SELECT data FROM demandes WHERE tenant_id = @tenant AND id = @id",
            new { tenant = tenant.Value, id = idDemandePaiement }, ct);

    public async Task<IReadOnlyDictionary<PlafondKey, decimal>> EligibleRetenuAsync(
        TenantId tenant, IReadOnlyCollection<PlafondKey> keys, CancellationToken ct)
    {
        var args = new Dictionary<string, object?> { ["tenant"] = tenant.Value };
        var rows = await QueryRowsAsync($"""
            SELECT id_client, annee, SUM(eligible_cents) FROM demandes
            WHERE tenant_id = @tenant AND {In("id_client", keys.Select(k => k.IdClient).Distinct(), args)}
              AND {In("annee", keys.Select(k => k.Annee).Distinct(), args)} AND statut NOT IN ({ReleasedStatuses})
            GROUP BY id_client, annee
            """, args, static s => (IdClient: raw.sqlite3_column_text(s, 0).utf8_to_string(), Annee: raw.sqlite3_column_int(s, 1), Cents: raw.sqlite3_column_int64(s, 2)), ct);
        var wanted = keys.ToHashSet();
        return rows.Select(r => (Key: new PlafondKey(r.IdClient, r.Annee), Amount: r.Cents / 100m))
            .Where(r => wanted.Contains(r.Key)).ToDictionary(r => r.Key, r => r.Amount);
    }

    /// <summary><see cref="DemandeTransitions.Released"/> as SQL, and 113 (cancelled for a specific reason), which no sandbox transition reaches but a restored row may hold.</summary>
    private static readonly string ReleasedStatuses = StatusList(DemandeTransitions.Released.Append(DemandeStatus.AnnuleeRaisonSpecifique));

    private static Task<int> InsertDemandesAsync(
        DbConnection db, DbTransaction tx, TenantId tenant, IEnumerable<(int Position, DemandePaiement Demande)> demandes, CancellationToken ct) =>
        BulkRows.RunAsync(db, tx, """
            INSERT INTO demandes (tenant_id, id, num_facture, date_facture, submitted_at, position, id_client, statut, next_due, annee, eligible_cents, data)
            VALUES (@tenant, @id, @numero, @dateFacture, @submittedAt, @position, @idClient, @statut, @nextDue, @annee, @eligibleCents, @data)
            """, ["@tenant", "@id", "@numero", "@dateFacture", "@submittedAt", "@position", "@idClient", "@statut", "@nextDue", "@annee", "@eligibleCents", "@data"],
            demandes, (x, v) =>
            {
                var d = x.Demande;
                (v[0], v[1], v[2], v[3], v[4], v[5]) = (tenant.Value, d.Id.Value, d.NumFactureTiers,
                    d.DateFacture.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.SoumiseLe.ToUnixTimeMilliseconds(), x.Position);
                (v[6], v[7], v[8], v[9], v[10], v[11]) = (d.IdClient.Value, (int)d.Statut, Millis(d.NextDue?.At),
                    PlafondKey.Of(d.Demande).Annee, (long)(d.Argent.EligibleRetenu * 100), new StoredJson(d));
            }, ct);

    private static Task<int> UpdateDemandesAsync(DbConnection db, DbTransaction tx, TenantId tenant, IEnumerable<DemandePaiement> demandes, CancellationToken ct) =>
        BulkRows.RunAsync(db, tx, "UPDATE demandes SET statut = @statut, next_due = @nextDue, data = @data WHERE tenant_id = @tenant AND id = @id",
            ["@tenant", "@id", "@statut", "@nextDue", "@data"], demandes,
            (d, v) => (v[0], v[1], v[2], v[3], v[4]) = (tenant.Value, d.Id.Value, (int)d.Statut, Millis(d.NextDue?.At), new StoredJson(d)), ct);

    /// <summary>Rows written before the simulation engine get their query columns from their JSON (migration 2).</summary>
    private static async Task BackfillSimulationColumnsAsync(DbConnection db, CancellationToken ct)
    {
        var rows = (await db.QueryAsync<(string TenantId, string Data)>(new CommandDefinition(
            "SELECT tenant_id, data FROM demandes WHERE id_client IS NULL", cancellationToken: ct))).ToList();
        if (rows.Count == 0) return;
        await using var tx = await db.BeginTransactionAsync(ct);
        foreach (var group in rows.GroupBy(r => r.TenantId))
        {
            var demandes = group.Select(r => StorageJson.Read<DemandePaiement>(r.Data)).ToList();
            await db.ExecuteAsync(new CommandDefinition("""
                UPDATE demandes SET id_client = @idClient, annee = @annee, eligible_cents = @eligibleCents WHERE tenant_id = @tenant AND id = @id
                """, demandes.Select(d => new
                {
                    tenant = group.Key, id = d.Id.Value, idClient = d.IdClient.Value, annee = PlafondKey.Of(d.Demande).Annee,
                    eligibleCents = (long)(d.Argent.EligibleRetenu * 100),
                }).ToList(), tx, cancellationToken: ct));
            await UpdateDemandesAsync(db, tx, new TenantId(group.Key), demandes, ct);
        }
        await tx.CommitAsync(ct);
    }


    public Task<IReadOnlyList<DemandePaiement>> FindDemandesAsync(TenantId tenant, SearchCriterion criterion, int limit, CancellationToken ct)
    {
        var args = new Dictionary<string, object?> { ["tenant"] = tenant.Value, ["limit"] = limit };
        var found = QueryAsync<DemandePaiement>(SearchSql(criterion, args), args, ct);
        return criterion switch
        {
            SearchCriterion.ByIds c => InOrder(c.Ids, d => d.Id.Value, found),
            SearchCriterion.ByNumeros c => InOrder(c.Numeros, d => d.NumFactureTiers, found),
            _ => found,
        };
    }

    /// <summary>
    /// A search's SQL, its values added to <paramref name="args"/>. The limit stays a parameter: with a number in its place
    /// SQLite walks the tenant's demandes in the date index's order instead of looking each key up (<c>QueryPlanTests</c>).
    /// </summary>
    internal static string SearchSql(SearchCriterion criterion, Dictionary<string, object?> args)
    {
        const string select = "SELECT data FROM demandes WHERE tenant_id = @tenant";
        const string order = " ORDER BY date_facture, submitted_at, position LIMIT @limit";
        switch (criterion)
        {
            case SearchCriterion.ByIds c:
                return $"{select} AND {In("id", c.Ids, args)}{order}";
            case SearchCriterion.ByNumeros c:
                return $"{select} AND {In("num_facture", c.Numeros, args)}{order}";
            case SearchCriterion.ByPeriod c:
                var sql = select;
                if (c.From is not null) (sql, args["from"]) = (sql + " AND date_facture >= @from", Day(c.From));
                if (c.To is not null) (sql, args["to"]) = (sql + " AND date_facture <= @to", Day(c.To));
                return sql + order;
            default:
                throw new ArgumentOutOfRangeException(nameof(criterion));
        }
    }

    /// <summary>Results of an id or number search come back in the order the caller asked for them.</summary>
    private static async Task<IReadOnlyList<DemandePaiement>> InOrder(
        IReadOnlyList<string> keys, Func<DemandePaiement, string> keyOf, Task<IReadOnlyList<DemandePaiement>> query)
    {
        var rank = keys.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i, StringComparer.Ordinal);
        return (await query).OrderBy(d => rank[keyOf(d)]).ToList();
    }
}
