namespace AiciSandbox.Server.Operations;

/// <summary>Configuration section <c>Sandbox:Metrics</c>.</summary>
public sealed class MetricsOptions
{
    /// <summary>Exports OpenTelemetry metrics in Prometheus text format at <c>/metrics</c>.</summary>
    public bool Enabled { get; set; }
}
