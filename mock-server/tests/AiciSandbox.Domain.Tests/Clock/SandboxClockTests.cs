using AiciSandbox.Domain.Clock;

namespace AiciSandbox.Domain.Tests.Clock;

/// <summary><see cref="SandboxClock"/>: the tenant's <see cref="TimeProvider"/>, reading real time only to scale it.</summary>
public class SandboxClockTests
{
    private static readonly DateTimeOffset SimulatedStart = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset RealStart = new(2025, 11, 20, 14, 30, 0, TimeSpan.Zero);

    [Fact]
    public void GetUtcNow_ManualMode_StaysPutWhileRealTimePasses()
    {
        var real = new SteppedRealTime(RealStart);
        var clock = new SandboxClock(ClockState.Start(SimulatedStart, RealStart), real);

        real.Advance(TimeSpan.FromHours(3));

        clock.GetUtcNow().Should().Be(SimulatedStart);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(60)]
    [InlineData(3_600)]
    public void GetUtcNow_AcceleratedMode_MovesSpeedTimesFaster(int speed)
    {
        var real = new SteppedRealTime(RealStart);
        var clock = new SandboxClock(ClockState.Start(SimulatedStart, RealStart, ClockMode.Accelerated, speed), real);

        real.Advance(TimeSpan.FromSeconds(2));
        var first = clock.GetUtcNow();
        real.Advance(TimeSpan.FromSeconds(3));

        first.Should().Be(SimulatedStart.AddSeconds(2 * speed));
        clock.GetUtcNow().Should().Be(SimulatedStart.AddSeconds(5 * speed));
    }

    [Fact]
    public void LocalTimeZone_IsParis() =>
        new SandboxClock(ClockState.Start(SimulatedStart, RealStart), new SteppedRealTime(RealStart)).LocalTimeZone.Should().Be(ParisTime.Zone);

    [Fact]
    public void GetLocalNow_IsParisWallClock() =>
        new SandboxClock(ClockState.Start(SimulatedStart, RealStart), new SteppedRealTime(RealStart)).GetLocalNow()
            .Should().BeExactly(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(1)));
}
