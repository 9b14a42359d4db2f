using AiciSandbox.Domain.Common;

namespace AiciSandbox.Domain.Clock;

/// <summary>
/// How a tenant's clock may be moved on request (control API <c>POST /clock/advance</c>): by an ISO-8601 duration, to an
/// instant, or to the next due event — exactly one of them — and never out of the clock range (<see cref="ClockRange"/>). The clock never goes
/// back (STYLE rule 7): a target in the past leaves it where it is.
/// </summary>
public static class ClockMoves
{
    /// <param name="nextDue">When the tenant's next event falls due, if anything is due at all.</param>
    public static Outcome<ClockState> Advance(ClockState clock, string? duration, string? to, bool next, DateTimeOffset realNow, DateTimeOffset? nextDue)
    {
        var given = (duration is null ? 0 : 1) + (to is null ? 0 : 1) + (next ? 1 : 0);
        if (given != 1)
            return Outcome<ClockState>.Refuse("INVALID_ADVANCE", "Donnez une seule de : duration (ex. PT48H), to (ex. 2026-12-01T08:00:00Z) ou next: true.");
        if (next)
            return nextDue is not { } due
                ? Outcome<ClockState>.Refuse("NO_DUE_EVENT", "Rien n'est prévu dans ce tenant : aucune échéance vers laquelle avancer.")
                : ClockRange.Within(clock.AdvancedTo(due > clock.NowAt(realNow) ? due : clock.NowAt(realNow), realNow), realNow, "INVALID_ADVANCE", "next");
        if (duration is not null)
            return IsoDuration.TryParse(duration, out var span)
                ? ClockRange.Within(clock.AdvancedBy(span, realNow), realNow, "INVALID_DURATION", $"duration « {duration} »")
                : Outcome<ClockState>.Refuse("INVALID_DURATION", $"duration « {duration} » : durée ISO-8601 attendue, ex. PT48H, P2D, P1DT12H.");
        return ApiDate.TryParse(to, out var instant)
            ? ClockRange.Within(clock.AdvancedTo(instant, realNow), realNow, "INVALID_TARGET", $"to « {to} »")
            : Outcome<ClockState>.Refuse("INVALID_TARGET", $"to « {to} » : {ApiDate.Expected}.");
    }
}
