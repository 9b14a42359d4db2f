using AiciSandbox.Domain.Common;

namespace AiciSandbox.Domain.Clock;

/// <summary>
/// The instants a tenant's simulated clock may show: from <see cref="Earliest"/> (inclusive) to <see cref="End"/> (exclusive).
/// One fact, checked wherever a clock is set — tenant creation, reset, snapshot restore, advance by a duration or to a date.
/// </summary>
/// <remarks>
/// The lower bound is long before the Avance immédiate existed (2022) yet far from <see cref="DateTimeOffset.MinValue"/>,
/// the upper bound far from <see cref="DateTimeOffset.MaxValue"/>: every span a rule adds or subtracts (the token's hour,
/// the 48 h window, the 30 days before recouvrement, the year a spent token is remembered) stays representable. A clock
/// outside the range left its tenant answering only server errors (issue 12, item 1).
/// </remarks>
public static class ClockRange
{
    public static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset End = new(3000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The range in words, for error messages.</summary>
    public static string Described => $"entre {Earliest:yyyy-MM-dd'T'HH:mm:ss'Z'} (inclus) et {End:yyyy-MM-dd'T'HH:mm:ss'Z'} (exclu)";

    public static bool Contains(DateTimeOffset instant) => instant >= Earliest && instant < End;

    /// <summary>
    /// A clock move, refused with <paramref name="code"/> when the moved clock shows, at <paramref name="realNow"/>, an instant
    /// outside the range; any earlier refusal stands.
    /// </summary>
    public static Outcome<ClockState> Within(Outcome<ClockState> moved, DateTimeOffset realNow, string code, string what) =>
        moved.IsAccepted && !Contains(moved.Value!.NowAt(realNow))
            ? Outcome<ClockState>.Refuse(code, $"{what} : le temps simulé doit rester {Described}.")
            : moved;
}
