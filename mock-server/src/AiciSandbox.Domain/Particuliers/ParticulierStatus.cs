using System.Globalization;

namespace AiciSandbox.Domain.Particuliers;

/// <summary>
/// The particulier's account as <c>GET /particulier</c> reports it in <c>statut.code</c> (facts §4.2).
/// </summary>
public enum ParticulierStatus
{
    /// <summary><c>APPAREILLAGE_EC</c>: inscription done, the account is to be activated (or the association accepted).</summary>
    AppareillageEnCours,

    /// <summary><c>APPAREILLAGE_VALIDE</c>: the particulier activated the account; demandes de paiement are accepted.</summary>
    AppareillageValide,

    /// <summary><c>APPAREILLAGE_NF</c>: association not finalised (CGU not accepted, or association still to validate).</summary>
    AppareillageNonFinalise,

    /// <summary><c>PARTICULIER_BLOQUE</c>: account blocked, e.g. after an unpaid debit, until regularised.</summary>
    Bloque,

    /// <summary><c>MANDAT_ECHU</c>: the SEPA mandate expired; the particulier must renew it.</summary>
    MandatEchu,

    /// <summary>
    /// The particulier refused the appareillage (or broke the association): the provider no longer sees them —
    /// <c>GET /particulier</c> answers <c>ERR_RECHERCHE_PARTICULIER</c> ("…ou le particulier a rompu son association").
    /// </summary>
    AssociationRompue,
}

/// <summary>The wire form of a <see cref="ParticulierStatus"/>: <c>{code, description, etat}</c>.</summary>
public sealed record ParticulierStatusView(string Code, string Description, string Etat)
{
    /// <summary>
    /// The status as the real API words it. A validated account carries its validation date-time in Paris time
    /// (<c>dd/MM/yyyy HH:mm:ss</c>), which integrators parse as "available since" (facts §2.2).
    /// </summary>
    public static ParticulierStatusView Of(ParticulierStatus status, DateTimeOffset? valideLe) => status switch
    {
        ParticulierStatus.AppareillageEnCours =>
            new("APPAREILLAGE_EC", "Transmission DP impossible, appareillage en cours de traitement", "KO"),
        ParticulierStatus.AppareillageValide =>
            new("APPAREILLAGE_VALIDE", "Transmission DP possible, appareillage validé le "
                + Clock.ParisTime.ToParis(valideLe!.Value).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture), "OK"),
        ParticulierStatus.AppareillageNonFinalise =>
            new("APPAREILLAGE_NF", "Transmission DP impossible, appareillage non finalisé", "KO"),
        ParticulierStatus.Bloque =>
            new("PARTICULIER_BLOQUE", "Transmission DP impossible, compte du particulier bloqué", "KO"),
        ParticulierStatus.MandatEchu =>
            new("MANDAT_ECHU", "Transmission DP impossible, mandat SEPA du particulier échu", "KO"),
        ParticulierStatus.AssociationRompue =>
            new("ASSOCIATION_ROMPUE", "Le particulier a refusé l'appareillage ou rompu son association", "KO"),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
