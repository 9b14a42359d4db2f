using AiciSandbox.Domain.Clock;

namespace AiciSandbox.Domain.Simulation;

/// <summary>
/// When things happen on their own in the sandbox: the sourced delays of the CGU and the sandbox's choices where the
/// sources give none (docs/lifecycle.md explains each one).
/// </summary>
public static class Timings
{
    /// <summary>An ordinary new account is activated this long after the inscription (the real sandbox pairs "quickly", facts §7).</summary>
    public static readonly TimeSpan AutomaticActivation = TimeSpan.FromMinutes(5);

    /// <summary>Integration (10) to notification of the particulier (20): aid computed, e-mail and SMS sent. Sandbox choice.</summary>
    public static readonly TimeSpan Notification = TimeSpan.FromMinutes(1);

    /// <summary>"un délai de quarante-huit (48) heures à compter de la notification" (seed CGU art. 4.5.2).</summary>
    public static readonly TimeSpan ValidationWindow = TimeSpan.FromHours(48);

    /// <summary>A persona that acts on its demandes does so this long after being notified. Sandbox choice.</summary>
    public static readonly TimeSpan PersonaReaction = TimeSpan.FromMinutes(5);

    /// <summary>The debit of the reste à charge is presented on the 2nd working day after validation ("dans deux jours", GDS).</summary>
    public const int DebitBusinessDays = 2;

    /// <summary>"virement … dans un délai de quatre (4) jours ouvrés suivant la validation" (seed CGU art. 4.5.3).</summary>
    public const int TransferBusinessDays = 4;

    /// <summary>A bouncing debit comes back on the working day after its presentation. Sandbox choice.</summary>
    public const int BounceBusinessDays = 1;

    /// <summary>"un minimum de trente (30) jours après la réception du fichier bancaire d'impayé" (art. 4.5.5) and after a cancellation (art. 4.5.6).</summary>
    public const int RecoveryDays = 30;

    /// <summary>Bank operations are dated at this Paris time of their working day.</summary>
    public static readonly TimeOnly BankHour = new(6, 0);

    /// <summary>The instant, <paramref name="businessDays"/> working days after the Paris date of <paramref name="from"/>, at <see cref="BankHour"/>.</summary>
    public static DateTimeOffset BankDay(DateTimeOffset from, int businessDays) =>
        AtBankHour(FrenchBusinessCalendar.AddBusinessDays(ParisTime.DateOf(from), businessDays));

    /// <summary>
    /// The first working day whose <see cref="BankHour"/> comes at least <see cref="RecoveryDays"/> whole days (30 × 24 h) after
    /// <paramref name="from"/>: "un minimum de trente (30) jours" holds however the gap is measured, across a daylight-saving change too.
    /// </summary>
    public static DateTimeOffset RecoveryDay(DateTimeOffset from)
    {
        var earliest = from + TimeSpan.FromDays(RecoveryDays);
        var day = ParisTime.DateOf(earliest);
        if (AtBankHour(day) < earliest) day = day.AddDays(1);
        return AtBankHour(FrenchBusinessCalendar.IsBusinessDay(day) ? day : FrenchBusinessCalendar.NextBusinessDay(day));
    }

    private static DateTimeOffset AtBankHour(DateOnly day) => ParisTime.StartOf(day) + BankHour.ToTimeSpan();
}
