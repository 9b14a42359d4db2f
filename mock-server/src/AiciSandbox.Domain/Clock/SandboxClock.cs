namespace AiciSandbox.Domain.Clock;

/// <summary>
/// A tenant's simulated clock as a <see cref="TimeProvider"/>: the only source of "now" for business rules.
/// </summary>
/// <remarks>
/// Immutable view over one <see cref="ClockState"/>; moving the clock produces a new state (and a new clock).
/// Thread-safe because it holds no mutable state; the real time provider is asked only in accelerated mode.
/// </remarks>
public sealed class SandboxClock(ClockState state, TimeProvider realTime) : TimeProvider
{
    public ClockState State { get; } = state;

    public override DateTimeOffset GetUtcNow() => State.NowAt(realTime.GetUtcNow());

    public override TimeZoneInfo LocalTimeZone => ParisTime.Zone;
}
