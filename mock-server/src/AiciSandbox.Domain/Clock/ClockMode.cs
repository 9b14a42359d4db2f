namespace AiciSandbox.Domain.Clock;

/// <summary>How a tenant's simulated time moves.</summary>
public enum ClockMode
{
    /// <summary>Time stands still; it moves only when the control API advances it. The mode for deterministic tests.</summary>
    Manual,

    /// <summary>Simulated time runs <see cref="ClockState.Speed"/> times faster than real time (1 = real time).</summary>
    Accelerated,
}
