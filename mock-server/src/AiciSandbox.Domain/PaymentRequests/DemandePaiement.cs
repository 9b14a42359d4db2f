using AiciSandbox.Domain.Common;
using AiciSandbox.Domain.Particuliers;
using AiciSandbox.Domain.Simulation;

namespace AiciSandbox.Domain.PaymentRequests;

/// <summary><c>idDemandePaiement</c>: opaque UUID text, unique across the sandbox (decision D10).</summary>
public readonly record struct DemandeId(string Value)
{
    public static DemandeId New() => new(TimeOrderedId.New());

    public override string ToString() => Value;
}

/// <summary><c>infoRejet</c>: why the particulier refused (REGUL_*/CONTEST_*) or URSSAF cancelled (ANNUL_*) a demande (facts §6).</summary>
public sealed record InfoRejet(string Code, string? Commentaire);

/// <summary><c>infoVirement</c>: the transfer to the provider; the date is known before the amount (facts §3.3).</summary>
public sealed record InfoVirement(decimal? MntVirement, DateTimeOffset? DateVirement);

/// <summary>Something that falls due on its own: when, what, and who does it.</summary>
public sealed record DueEvent(DateTimeOffset At, DemandeTrigger Trigger, Actor Actor);

/// <summary>
/// A demande de paiement accepted by <c>POST /demandePaiement</c>: the request as received (dates normalised), where it
/// stands in its life (facts §4.1), its money (decision D15) and its dates (<see cref="Echeancier"/>).
/// </summary>
/// <remarks>
/// Every status change goes through <see cref="Apply"/>, which follows <see cref="DemandeTransitions"/> and refuses any other
/// move with a typed refusal. What happens next on its own is <see cref="NextDue"/>, derived from the stored dates.
/// </remarks>
public sealed record DemandePaiement(
    DemandeId Id,
    ParticulierId IdClient,
    string NumFactureTiers,
    DemandePaiementRequest Demande,
    DateOnly DateFacture,
    DateTimeOffset SoumiseLe,
    DemandeStatus Statut,
    InfoRejet? InfoRejet,
    InfoVirement? InfoVirement,
    Montants? Montants = null,
    Echeancier? Echeancier = null)
{
    public const string RefusedTransition = "TRANSITION_INTERDITE";
    public const string RefusedMotif = "MOTIF_INVALIDE";

    /// <summary>The stored dates (a demande stored before the simulation engine gets its notification date derived).</summary>
    public Echeancier Dates => Echeancier ?? new Echeancier(SoumiseLe + Timings.Notification);

    /// <summary>The money of the demande (computed at submission; without a known ceiling, the default one).</summary>
    public Montants Argent => Montants ?? PaymentRequests.Montants.Of(Demande, Personas.PlafondAnnuel);

    /// <summary>The next thing that happens to this demande on its own, if any.</summary>
    public DueEvent? NextDue
    {
        get
        {
            var d = Dates;
            return Statut switch
            {
                DemandeStatus.Integree => new(d.NotificationLe, DemandeTrigger.NotifyParticulier, Actor.Clock),
                DemandeStatus.EnAttenteValidation when d.ReactionLe is { } r && r < d.ValidationLimite => new(r, d.Reaction!.Value, Actor.Persona),
                DemandeStatus.EnAttenteValidation => new(d.ValidationLimite!.Value, DemandeTrigger.AutoValidate, Actor.Clock),
                DemandeStatus.Validee => new(d.PrelevementLe!.Value, DemandeTrigger.Debit, Actor.Clock),
                DemandeStatus.Prelevee when d.RejetPrelevementLe is { } b && b < d.VirementLe => new(b, DemandeTrigger.RejectDebit, Actor.Persona),
                DemandeStatus.Prelevee => new(d.VirementLe!.Value, DemandeTrigger.PayProvider, Actor.Clock),
                DemandeStatus.Payee when InfoVirement?.MntVirement is null && d.VirementLe is { } v =>
                    new(v, DemandeTrigger.PayProvider, Actor.Clock),
                DemandeStatus.RefusPrelevement when InfoVirement?.MntVirement is null && d.VirementLe <= d.RecouvrementLe =>
                    new(d.VirementLe!.Value, DemandeTrigger.PayProvider, Actor.Clock),
                DemandeStatus.RefusPrelevement => new(d.RecouvrementLe!.Value, DemandeTrigger.RecoverFromProvider, Actor.Clock),
                _ => null,
            };
        }
    }

    /// <summary>The one way a demande changes: a move of the table at <paramref name="at"/>, or a refusal that says why.</summary>
    /// <param name="persona">The particulier's persona, which decides how they react (notification) and whether the debit bounces.</param>
    /// <param name="motif">The REGUL_*/CONTEST_* motive of a contestation, or the ANNUL_* motive of a cancellation.</param>
    public Outcome<DemandePaiement> Apply(DemandeTrigger trigger, DateTimeOffset at, Persona persona, InfoRejet? motif = null)
    {
        if (DemandeTransitions.Target(Statut, trigger) is not { } to)
            return Outcome<DemandePaiement>.Refuse(RefusedTransition, Statut == DemandeStatus.Refusee && trigger == DemandeTrigger.Cancel
                ? $"La demande {Id} a été contestée par le particulier : elle ne peut pas être annulée (CGU art. 4.5.6)."
                : $"La demande {Id} est au statut {Statut.Code()} ({Statut.Libelle()}) : {trigger} impossible.");
        if (MotifProblem(trigger, motif) is { } problem) return Outcome<DemandePaiement>.Refuse(RefusedMotif, problem);

        // One copy of the record per move: each arm sets the status with what the trigger changes.
        var d = Dates;
        var next = trigger switch
        {
            DemandeTrigger.NotifyParticulier => this with { Statut = to, Echeancier = Notified(d, at, PersonaReaction(persona)) },
            DemandeTrigger.ValidateByParticulier or DemandeTrigger.AutoValidate => this with { Statut = to, Echeancier = d with
            {
                ValideeLe = at, ReactionLe = null, Reaction = null,
                PrelevementLe = Timings.BankDay(at, Timings.DebitBusinessDays), VirementLe = Timings.BankDay(at, Timings.TransferBusinessDays),
            } },
            DemandeTrigger.ContestByParticulier => this with
            {
                Statut = to, InfoRejet = motif, Echeancier = d with { ClotureLe = at, ReactionLe = null, Reaction = null },
            },
            DemandeTrigger.Debit => this with
            {
                Statut = to,
                InfoVirement = new InfoVirement(null, d.VirementLe),
                Echeancier = d with { RejetPrelevementLe = persona == Persona.DebitRejete ? Timings.BankDay(at, Timings.BounceBusinessDays) : null },
            },
            DemandeTrigger.PayProvider => this with { Statut = to, InfoVirement = new InfoVirement(Argent.Virement, d.VirementLe) },
            DemandeTrigger.RejectDebit => this with
            {
                Statut = to, Echeancier = d with { ImpayeLe = at, RecouvrementLe = Timings.RecoveryDay(at), RejetPrelevementLe = null },
            },
            DemandeTrigger.RegulariseImpaye => this with { Statut = to, Echeancier = d with { RecouvrementLe = null } },
            DemandeTrigger.RecoverFromProvider => this with { Statut = to, Echeancier = d with { ClotureLe = at } },
            DemandeTrigger.Cancel => this with { Statut = to, InfoRejet = motif, Echeancier = d with { ClotureLe = at } },
            _ => throw new ArgumentOutOfRangeException(nameof(trigger), trigger, null),
        };
        return Outcome<DemandePaiement>.Accept(next);
    }

    /// <summary>The dates once the particulier is notified: the 48 h window opens, and the persona's reaction is planned (art. 4.5.2).</summary>
    private static Echeancier Notified(Echeancier d, DateTimeOffset at, DemandeTrigger? reaction) => d with
    {
        NotifieeLe = at, ValidationLimite = at + Timings.ValidationWindow,
        ReactionLe = reaction is null ? null : at + Timings.PersonaReaction, Reaction = reaction,
    };

    /// <summary>What a persona does once notified (seed CGU art. 4.5.2: validate or contest within 48 h, or nothing).</summary>
    private static DemandeTrigger? PersonaReaction(Persona persona) => persona switch
    {
        Persona.Valideur or Persona.DebitRejete => DemandeTrigger.ValidateByParticulier,
        Persona.Contestataire => DemandeTrigger.ContestByParticulier,
        _ => null,
    };

    /// <summary>A contestation carries a REGUL_*/CONTEST_* code, a cancellation an ANNUL_* code (facts §6).</summary>
    private static string? MotifProblem(DemandeTrigger trigger, InfoRejet? motif) => trigger switch
    {
        DemandeTrigger.ContestByParticulier when motif is null || !MotifsRejet.IsContestation(motif.Code) =>
            $"Motif de refus attendu parmi {string.Join(", ", MotifsRejet.Contestation.Keys)}.",
        DemandeTrigger.Cancel when motif is null || !MotifsRejet.IsAnnulation(motif.Code) =>
            $"Motif d'annulation attendu parmi {string.Join(", ", MotifsRejet.Annulation.Keys)}.",
        _ => null,
    };
}
