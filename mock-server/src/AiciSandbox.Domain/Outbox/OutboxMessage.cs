namespace AiciSandbox.Domain.Outbox;

/// <summary>Who a message is for: the particulier (e-mail and SMS) or the provider (the organisme, by e-mail).</summary>
public enum Recipient
{
    Particulier,
    Organisme,
}

/// <summary>
/// An e-mail or SMS the real system sends at that moment (seed CGU art. 4.5: notification of a demande, of an impayé "qui
/// vaut notification préalable du prélèvement", of a cancellation…). The sandbox keeps them in the tenant's outbox.
/// </summary>
public sealed record OutboxMessage(
    DateTimeOffset At,
    Recipient Recipient,
    string Channel,
    string To,
    string Kind,
    string Subject,
    string Body,
    string? IdClient,
    string? IdDemandePaiement,
    decimal? Montant,
    DateTimeOffset? DateEffet);

/// <summary>The kinds of message, stable for tests and the conformance kit.</summary>
public static class OutboxKinds
{
    public const string InvitationActivation = "INVITATION_ACTIVATION";
    public const string DemandeAppareillage = "DEMANDE_APPAREILLAGE";
    public const string DemandeAValider = "DEMANDE_A_VALIDER";
    public const string Contestation = "CONTESTATION";
    public const string Prelevement = "PRELEVEMENT";
    public const string Virement = "VIREMENT";
    public const string ImpayeOrganisme = "IMPAYE_ORGANISME";
    public const string CompteBloque = "COMPTE_BLOQUE";
    public const string ImpayeRegularise = "IMPAYE_REGULARISE";
    public const string Recouvrement = "RECOUVREMENT";
    public const string CompteDebloque = "COMPTE_DEBLOQUE";
    public const string AnnulationParticulier = "ANNULATION_PARTICULIER";
    public const string AnnulationOrganisme = "ANNULATION_ORGANISME";

    /// <summary>The provisional password of the particulier's space; the control API shows this message's body masked.</summary>
    public const string MotDePasseProvisoire = "MOT_DE_PASSE_PROVISOIRE";
}
