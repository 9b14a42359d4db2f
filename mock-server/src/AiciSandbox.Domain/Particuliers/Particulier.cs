using AiciSandbox.Domain.Common;
using AiciSandbox.Domain.Simulation;

namespace AiciSandbox.Domain.Particuliers;

/// <summary>Whether the inscription opened a new online account or found one the person already had (facts §2.1).</summary>
public enum CompteType
{
    /// <summary>A new account: URSSAF e-mails an activation link.</summary>
    Nouveau,

    /// <summary>An account opened with another provider: URSSAF asks the particulier to accept the appareillage.</summary>
    Existant,
}

/// <summary>
/// A client of the provider, registered with URSSAF through <c>POST /particulier</c>, and where the account stands.
/// </summary>
/// <remarks>
/// <see cref="Inscription"/> is kept as sent. <see cref="ValideLe"/> is the instant the particulier activated the account or
/// accepted the appareillage; employment periods of demandes may not start before it (URSSAF FAQ, facts §5.2).
/// <see cref="ActivationPrevueLe"/> is a stored deadline: an ordinary new account activates itself then (STYLE rule 8).
/// Every status change goes through <see cref="Apply"/> and the table of <see cref="ParticulierTransitions"/>.
/// </remarks>
public sealed record Particulier(
    ParticulierId Id,
    InscriptionRequest Inscription,
    DateOnly DateNaissance,
    string IdentityKey,
    DateTimeOffset InscritLe,
    ParticulierStatus Statut,
    DateTimeOffset? ValideLe,
    Persona Persona = Persona.Ordinaire,
    CompteType Compte = CompteType.Nouveau,
    DateTimeOffset? ActivationPrevueLe = null)
{
    public const string RefusedAlreadyActive = "PARTICULIER_DEJA_ACTIF";
    public const string RefusedTransition = "TRANSITION_INTERDITE";

    public ParticulierStatusView StatutView => ParticulierStatusView.Of(Statut, ValideLe);

    /// <summary>The next thing that happens to this account on its own, if any.</summary>
    public (DateTimeOffset At, ParticulierTrigger Trigger)? NextDue =>
        Statut == ParticulierStatus.AppareillageEnCours && ActivationPrevueLe is { } at ? (at, ParticulierTrigger.Activate) : null;

    /// <summary>The particulier activates the account (new account) at <paramref name="now"/>.</summary>
    public Outcome<Particulier> Activate(DateTimeOffset now) => Apply(ParticulierTrigger.Activate, now);

    /// <summary>The one way a particulier's status changes: a move of the table, or a refusal that says why.</summary>
    public Outcome<Particulier> Apply(ParticulierTrigger trigger, DateTimeOffset at)
    {
        if (trigger == ParticulierTrigger.Activate && Statut is ParticulierStatus.AppareillageValide)
            return Outcome<Particulier>.Refuse(RefusedAlreadyActive, $"Le compte du particulier {Id} est déjà activé ({StatutView.Code}).");
        var wrongAccount = (trigger, Compte) switch
        {
            (ParticulierTrigger.Activate, CompteType.Existant) =>
                "le particulier a déjà un compte : il accepte ou refuse l'appareillage, il n'active pas de nouveau compte",
            (ParticulierTrigger.AcceptAppareillage or ParticulierTrigger.RefuseAppareillage, CompteType.Nouveau) =>
                "le particulier n'avait pas de compte : il active son nouveau compte, il n'y a pas d'appareillage à accepter",
            _ => null,
        };
        if (wrongAccount is not null) return Outcome<Particulier>.Refuse(RefusedTransition, $"{Id} : {wrongAccount}.");
        if (ParticulierTransitions.Target(Statut, trigger) is not { } to)
            return Outcome<Particulier>.Refuse(RefusedTransition, $"{Id} : {trigger} impossible depuis le statut {StatutView.Code}.");

        var firstValidation = to == ParticulierStatus.AppareillageValide && ValideLe is null;
        return Outcome<Particulier>.Accept(this with
        {
            Statut = to,
            ValideLe = firstValidation ? WholeSeconds(at) : ValideLe,
            ActivationPrevueLe = to == ParticulierStatus.AppareillageEnCours ? ActivationPrevueLe : null,
        });
    }

    /// <summary>
    /// The activation instant as the status description shows it (to the second), so that an integrator who starts the
    /// employment period at the displayed time is not refused for the hidden milliseconds.
    /// </summary>
    private static DateTimeOffset WholeSeconds(DateTimeOffset instant) => instant.AddTicks(-(instant.Ticks % TimeSpan.TicksPerSecond));
}
