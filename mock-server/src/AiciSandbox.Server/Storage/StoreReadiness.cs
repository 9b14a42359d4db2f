using Dapper;

namespace AiciSandbox.Server.Storage;

/// <summary>
/// Whether the store can serve requests: the database answers and it has run every migration this build knows
/// (<see cref="SqlSchema.Migrations"/>). Behind <c>GET /ready</c>.
/// </summary>
internal sealed class StoreReadiness(SqlConnectionFactory connections)
{
    public async Task<string?> ProblemAsync(CancellationToken ct)
    {
        try
        {
            await using var db = await connections.OpenAsync(ct);
            var applied = await db.ExecuteScalarAsync<int?>(new CommandDefinition("SELECT MAX(version) FROM schema_version", cancellationToken: ct)) ?? 0;
            return applied >= SqlSchema.Migrations.Count ? null : $"migrations: {applied} of {SqlSchema.Migrations.Count} applied";
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            return $"storage unreachable: {e.GetType().Name}";
        }
    }
}
