using AiciSandbox.Server.Storage;

namespace AiciSandbox.Server;

/// <summary>Configuration section <c>Sandbox</c> (appsettings.json, environment <c>Sandbox__…</c>, or command line).</summary>
public sealed class SandboxOptions
{
    public StorageOptions Storage { get; set; } = new();

    public DefaultTenantOptions DefaultTenant { get; set; } = new();

    public JournalOptions Journal { get; set; } = new();

    public Hosting.LimitsOptions Limits { get; set; } = new();

    public Operations.MetricsOptions Metrics { get; set; } = new();

    /// <summary>How long a stopping sandbox waits for requests in flight to finish (SIGTERM, <c>docker stop</c>).</summary>
    public int ShutdownTimeoutSeconds { get; set; } = 30;
}

/// <summary>Configuration section <c>Sandbox:Journal</c>.</summary>
public sealed class JournalOptions
{
    /// <summary>The journal keeps at least this many of a tenant's latest exchanges; older ones are dropped.</summary>
    public int MaxEntriesPerTenant { get; set; } = 5000;
}

/// <summary>
/// The tenant that exists from the first start, so that <c>dotnet run</c> works with zero set-up. Its credentials are public
/// (printed at start-up and in the README): it is a sandbox.
/// </summary>
public sealed class DefaultTenantOptions
{
    public const string Id = "default";

    public string ClientId { get; set; } = "sandbox-demo";
    public string ClientSecret { get; set; } = "sandbox-demo-secret";

    /// <summary><c>accelerated</c> with speed 1 is real time, like the real sandbox; <c>manual</c> freezes time.</summary>
    public string ClockMode { get; set; } = "accelerated";
    public double ClockSpeed { get; set; } = 1;
}
