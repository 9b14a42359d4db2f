using Dapper;

namespace AiciSandbox.Server.Storage;

/// <summary>How many demandes de paiement each status holds, across tenants: the <c>aicisandbox.demandes</c> gauge.</summary>
internal sealed class DemandeCounts(SqlConnectionFactory connections)
{
    /// <summary>Read when metrics are scraped (the gauge's callback is synchronous), never on a request's path.</summary>
    public IReadOnlyList<(string Status, long Count)> ByStatus()
    {
        using var db = connections.OpenAsync(CancellationToken.None).GetAwaiter().GetResult();
        return db.Query<(long Statut, long Count)>("SELECT statut, COUNT(*) FROM demandes WHERE statut IS NOT NULL GROUP BY statut")
            .Select(row => (row.Statut.ToString("00", System.Globalization.CultureInfo.InvariantCulture), row.Count))
            .ToList();
    }
}
