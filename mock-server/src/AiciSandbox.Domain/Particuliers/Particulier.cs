using AiciSandbox.Domain.Common;

namespace AiciSandbox.Domain.Particuliers;

/// <summary>
/// A client of the provider, registered with URSSAF through <c>POST /particulier</c>.
/// </summary>
/// <remarks>
/// <see cref="Inscription"/> is kept as sent. <see cref="ValideLe"/> is the instant the particulier activated the account;
/// employment periods of demandes de paiement may not start before it (URSSAF FAQ, facts §5.2).
/// </remarks>
public sealed record Particulier(
    ParticulierId Id,
    InscriptionRequest Inscription,
    DateOnly DateNaissance,
    string IdentityKey,
    DateTimeOffset InscritLe,
    ParticulierStatus Statut,
    DateTimeOffset? ValideLe)
{
    public const string RefusedAlreadyActive = "PARTICULIER_DEJA_ACTIF";

    public ParticulierStatusView StatutView => ParticulierStatusView.Of(Statut, ValideLe);

    /// <summary>The particulier activates the account (new account) at <paramref name="now"/>.</summary>
    public Outcome<Particulier> Activate(DateTimeOffset now) => Statut switch
    {
        ParticulierStatus.AppareillageEnCours or ParticulierStatus.AppareillageNonFinalise =>
            Outcome<Particulier>.Accept(this with { Statut = ParticulierStatus.AppareillageValide, ValideLe = WholeSeconds(now) }),
        _ => Outcome<Particulier>.Refuse(RefusedAlreadyActive, $"Le compte du particulier {Id} est déjà activé ({StatutView.Code})."),
    };

    /// <summary>
    /// The activation instant as the status description shows it (to the second), so that an integrator who starts the
    /// employment period at the displayed time is not refused for the hidden milliseconds.
    /// </summary>
    private static DateTimeOffset WholeSeconds(DateTimeOffset instant) => instant.AddTicks(-(instant.Ticks % TimeSpan.TicksPerSecond));
}
