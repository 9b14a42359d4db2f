using AiciSandbox.Domain.Clock;

namespace AiciSandbox.Domain.Tests.Clock;

/// <summary><see cref="ClockMoves.Advance"/>: the control API's clock moves as a pure decision.</summary>
public class ClockMovesTests
{
    private static readonly DateTimeOffset SimulatedStart = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset RealNow = new(2025, 11, 20, 14, 30, 0, TimeSpan.Zero);
    private static readonly ClockState Clock = ClockState.Start(SimulatedStart, RealNow);

    [Fact]
    public void Advance_ByADuration_MovesNowByIt() =>
        ClockMoves.Advance(Clock, "P2DT12H", null, false, RealNow, null).Value!.NowAt(RealNow).Should().Be(SimulatedStart.AddHours(60));

    [Fact]
    public void Advance_ToAnInstant_MovesNowThere() =>
        ClockMoves.Advance(Clock, null, "2026-03-05T06:00:00Z", false, RealNow, null).Value!.NowAt(RealNow)
            .Should().Be(new DateTimeOffset(2026, 3, 5, 6, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Advance_ToTheNextEvent_MovesNowToItsDueDate() =>
        ClockMoves.Advance(Clock, null, null, true, RealNow, SimulatedStart.AddMinutes(5)).Value!.NowAt(RealNow).Should().Be(SimulatedStart.AddMinutes(5));

    [Fact]
    public void Advance_ToANextEventAlreadyPast_StaysAtNow() =>
        ClockMoves.Advance(Clock, null, null, true, RealNow, SimulatedStart.AddDays(-1)).Value!.NowAt(RealNow).Should().Be(SimulatedStart);

    [Fact]
    public void Advance_ToTheNextEvent_WithNothingDue_IsRefused() =>
        ClockMoves.Advance(Clock, null, null, true, RealNow, null).Refusal!.Code.Should().Be("NO_DUE_EVENT");

    [Theory]
    [InlineData("PT1H", "2026-03-03T00:00:00Z", false)]
    [InlineData(null, null, false)]
    [InlineData("PT1H", null, true)]
    public void Advance_WithNotExactlyOneTarget_IsRefused(string? duration, string? to, bool next) =>
        ClockMoves.Advance(Clock, duration, to, next, RealNow, SimulatedStart).Refusal!.Code.Should().Be("INVALID_ADVANCE");

    [Theory]
    [InlineData("48 heures", null, "INVALID_DURATION")]
    [InlineData(null, "demain", "INVALID_TARGET")]
    [InlineData("P1000Y", null, "INVALID_DURATION")]
    [InlineData(null, "3000-01-01T00:00:00Z", "INVALID_TARGET")]
    public void Advance_UnreadableOrToTheEndOfTime_IsRefused(string? duration, string? to, string code) =>
        ClockMoves.Advance(Clock, duration, to, false, RealNow, null).Refusal!.Code.Should().Be(code);
}
