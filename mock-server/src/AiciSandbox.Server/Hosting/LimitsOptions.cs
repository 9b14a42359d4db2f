namespace AiciSandbox.Server.Hosting;

/// <summary>
/// Configuration section <c>Sandbox:Limits</c>: the guards that are always on, whatever a tenant's own rate limits
/// (those are set per tenant through <c>PUT /sandbox/v1/rate-limits</c>, none by default).
/// </summary>
public sealed class LimitsOptions
{
    /// <summary>Wrong secrets accepted per client id and window before the token endpoint answers 429 to that client id.</summary>
    public int WrongSecretsPerWindow { get; set; } = 10;

    public int WrongSecretsWindowSeconds { get; set; } = 60;

    /// <summary>Tenants one tenant may create per hour (the kit creates one per scenario: a full run stays far below).</summary>
    public int TenantsPerCreatorPerHour { get; set; } = 500;

    /// <summary>Snapshots a tenant may keep (each is a full copy of its data); delete one to take another.</summary>
    public int SnapshotsPerTenant { get; set; } = 20;
}
