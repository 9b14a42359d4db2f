using AiciSandbox.Domain.Common;

namespace AiciSandbox.Domain.Clock;

/// <summary>
/// A tenant's simulated clock, as stored data: where simulated time stood at a real instant, and how it moves since.
/// </summary>
/// <remarks>
/// Simulated now = <see cref="SimulatedAnchor"/> (manual), or <see cref="SimulatedAnchor"/> + (real now − <see cref="RealAnchor"/>)
/// × <see cref="Speed"/> (accelerated). Every change re-anchors at the current simulated instant, so the clock never jumps back
/// (STYLE rule 7: the clock never goes backwards; a tenant reset starts a new timeline).
/// </remarks>
public sealed record ClockState(ClockMode Mode, double Speed, DateTimeOffset SimulatedAnchor, DateTimeOffset RealAnchor)
{
    public const string RefusedBackwards = "CLOCK_BACKWARDS";
    public const string RefusedSpeed = "CLOCK_SPEED";

    /// <summary>Largest accepted speed: one real second plays about four simulated days.</summary>
    public const double MaxSpeed = 345_600;

    /// <summary>A clock that starts at <paramref name="simulatedStart"/> when the real clock reads <paramref name="realNow"/>.</summary>
    public static ClockState Start(DateTimeOffset simulatedStart, DateTimeOffset realNow, ClockMode mode = ClockMode.Manual, double speed = 1)
    {
        if (!IsValidSpeed(speed)) throw new ArgumentOutOfRangeException(nameof(speed), speed, $"Speed must be in ]0, {MaxSpeed}].");
        return new(mode, speed, simulatedStart.ToUniversalTime(), realNow.ToUniversalTime());
    }

    /// <summary>
    /// The simulated instant that corresponds to the real instant <paramref name="realNow"/>. A real clock that steps back
    /// (NTP) does not move simulated time back: elapsed real time is never negative.
    /// </summary>
    public DateTimeOffset NowAt(DateTimeOffset realNow) => Mode switch
    {
        ClockMode.Manual => SimulatedAnchor,
        _ => SimulatedAnchor + TimeSpan.FromTicks((long)(Math.Max(0, (realNow - RealAnchor).Ticks) * Speed)),
    };

    /// <summary>Moves simulated time forward by <paramref name="duration"/>; a negative duration is refused.</summary>
    public Outcome<ClockState> AdvancedBy(TimeSpan duration, DateTimeOffset realNow) =>
        duration < TimeSpan.Zero
            ? Outcome<ClockState>.Refuse(RefusedBackwards, "Le temps simulé ne recule jamais : la durée doit être positive.")
            : Outcome<ClockState>.Accept(this with { SimulatedAnchor = NowAt(realNow) + duration, RealAnchor = realNow });

    /// <summary>Moves simulated time to <paramref name="target"/>; a target before simulated now is refused.</summary>
    public Outcome<ClockState> AdvancedTo(DateTimeOffset target, DateTimeOffset realNow)
    {
        var now = NowAt(realNow);
        return target < now
            ? Outcome<ClockState>.Refuse(RefusedBackwards, $"Le temps simulé ne recule jamais : {target:O} est avant {now:O}.")
            : Outcome<ClockState>.Accept(this with { SimulatedAnchor = target.ToUniversalTime(), RealAnchor = realNow });
    }

    /// <summary>Switches mode (and speed) without moving simulated now.</summary>
    public Outcome<ClockState> Switched(ClockMode mode, double speed, DateTimeOffset realNow) =>
        !IsValidSpeed(speed)
            ? Outcome<ClockState>.Refuse(RefusedSpeed, $"La vitesse doit être comprise entre 0 (exclu) et {MaxSpeed}.")
            : Outcome<ClockState>.Accept(new ClockState(mode, speed, NowAt(realNow), realNow));

    private static bool IsValidSpeed(double speed) => speed is > 0 and <= MaxSpeed;
}
