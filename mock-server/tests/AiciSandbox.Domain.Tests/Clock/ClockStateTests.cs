using AiciSandbox.Domain.Clock;

namespace AiciSandbox.Domain.Tests.Clock;

/// <summary>A tenant's simulated clock as data: it never goes backwards (STYLE rule 7).</summary>
public class ClockStateTests
{
    private static readonly DateTimeOffset SimulatedStart = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset RealStart = new(2025, 11, 20, 14, 30, 0, TimeSpan.Zero);

    [Fact]
    public void NowAt_ManualClock_DoesNotMoveWithRealTime()
    {
        var clock = ClockState.Start(SimulatedStart, RealStart);

        clock.NowAt(RealStart.AddHours(5)).Should().Be(SimulatedStart);
    }

    [Theory]
    [InlineData(1, 60)]
    [InlineData(60, 3_600)]
    [InlineData(0.5, 30)]
    public void NowAt_AcceleratedClock_MovesSpeedTimesRealTime(double speed, int simulatedSeconds)
    {
        var clock = ClockState.Start(SimulatedStart, RealStart, ClockMode.Accelerated, speed);

        clock.NowAt(RealStart.AddMinutes(1)).Should().Be(SimulatedStart.AddSeconds(simulatedSeconds));
    }

    [Fact]
    public void Start_InstantsWithOffsets_AreStoredInUtc()
    {
        var clock = ClockState.Start(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(1)), RealStart);

        clock.SimulatedAnchor.Offset.Should().Be(TimeSpan.Zero);
        clock.SimulatedAnchor.Should().Be(SimulatedStart);
    }

    [Fact]
    public void AdvancedBy_PositiveDuration_MovesNowByIt()
    {
        var clock = ClockState.Start(SimulatedStart, RealStart).AdvancedBy(TimeSpan.FromHours(48), RealStart.AddSeconds(3)).Value!;

        clock.NowAt(RealStart.AddSeconds(10)).Should().Be(SimulatedStart.AddHours(48));
    }

    [Fact]
    public void AdvancedBy_AcceleratedClock_AddsToTheCurrentSimulatedNow()
    {
        var clock = ClockState.Start(SimulatedStart, RealStart, ClockMode.Accelerated, 10);

        var moved = clock.AdvancedBy(TimeSpan.FromDays(1), RealStart.AddMinutes(1)).Value!;

        moved.NowAt(RealStart.AddMinutes(1)).Should().Be(SimulatedStart.AddMinutes(10).AddDays(1));
        moved.NowAt(RealStart.AddMinutes(2)).Should().Be(SimulatedStart.AddMinutes(20).AddDays(1));
    }

    [Fact]
    public void AdvancedBy_Zero_IsAccepted() =>
        ClockState.Start(SimulatedStart, RealStart).AdvancedBy(TimeSpan.Zero, RealStart).Value!.NowAt(RealStart).Should().Be(SimulatedStart);

    [Fact]
    public void AdvancedBy_NegativeDuration_IsRefused()
    {
        var outcome = ClockState.Start(SimulatedStart, RealStart).AdvancedBy(TimeSpan.FromSeconds(-1), RealStart);

        outcome.IsAccepted.Should().BeFalse();
        outcome.Refusal!.Code.Should().Be(ClockState.RefusedBackwards);
    }

    [Fact]
    public void AdvancedTo_FutureInstant_IsNowThatInstant()
    {
        var target = new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.FromHours(2));

        var clock = ClockState.Start(SimulatedStart, RealStart).AdvancedTo(target, RealStart).Value!;

        clock.NowAt(RealStart.AddDays(1)).Should().Be(target);
        clock.SimulatedAnchor.Offset.Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void AdvancedTo_Now_IsAccepted() =>
        ClockState.Start(SimulatedStart, RealStart).AdvancedTo(SimulatedStart, RealStart).IsAccepted.Should().BeTrue();

    [Fact]
    public void AdvancedTo_ThePast_IsRefused()
    {
        var outcome = ClockState.Start(SimulatedStart, RealStart).AdvancedTo(SimulatedStart.AddTicks(-1), RealStart);

        outcome.IsAccepted.Should().BeFalse();
        outcome.Refusal!.Code.Should().Be(ClockState.RefusedBackwards);
    }

    [Fact]
    public void AdvancedTo_AcceleratedClockTargetBehindWhereItRanTo_IsRefused()
    {
        var clock = ClockState.Start(SimulatedStart, RealStart, ClockMode.Accelerated, 60);

        clock.AdvancedTo(SimulatedStart.AddMinutes(30), RealStart.AddMinutes(1)).IsAccepted.Should().BeFalse();
    }

    [Theory]
    [InlineData(ClockMode.Manual, ClockMode.Accelerated)]
    [InlineData(ClockMode.Accelerated, ClockMode.Manual)]
    [InlineData(ClockMode.Accelerated, ClockMode.Accelerated)]
    public void Switched_AnyMode_KeepsSimulatedNow(ClockMode from, ClockMode to)
    {
        var clock = ClockState.Start(SimulatedStart, RealStart, from, 120);
        var switchAt = RealStart.AddMinutes(1);
        var before = clock.NowAt(switchAt);

        var switched = clock.Switched(to, 2, switchAt).Value!;

        switched.NowAt(switchAt).Should().Be(before);
        switched.Mode.Should().Be(to);
        switched.NowAt(switchAt.AddMinutes(1)).Should().Be(to == ClockMode.Manual ? before : before.AddMinutes(2));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(ClockState.MaxSpeed + 1)]
    public void Switched_SpeedNotPositiveOrTooLarge_IsRefused(double speed)
    {
        var outcome = ClockState.Start(SimulatedStart, RealStart).Switched(ClockMode.Accelerated, speed, RealStart);

        outcome.IsAccepted.Should().BeFalse();
        outcome.Refusal!.Code.Should().Be(ClockState.RefusedSpeed);
    }

    [Fact]
    public void Switched_MaxSpeed_IsAccepted() =>
        ClockState.Start(SimulatedStart, RealStart).Switched(ClockMode.Accelerated, ClockState.MaxSpeed, RealStart).IsAccepted.Should().BeTrue();
}
