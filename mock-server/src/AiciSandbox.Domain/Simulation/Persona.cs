namespace AiciSandbox.Domain.Simulation;

/// <summary>
/// A documented magic identity that picks an outcome, like a test card number: the particulier's birth name
/// (<c>nomNaissance</c>, compared without case or accents) chooses it. Any other name is an ordinary particulier.
/// </summary>
public enum Persona
{
    /// <summary>Eligible; new account activated automatically 5 minutes after the inscription; never acts on demandes (48 h auto-validation).</summary>
    Ordinaire,

    /// <summary>« Inconnu »: DGFiP does not know the person — <c>ERR_DGFIP_R2P_INCONNU</c>.</summary>
    InconnuDgfip,

    /// <summary>« Sansimpot »: no taxed period (never filed a tax return) — <c>ERR_DGFIP_IMPOTPART_INCONNU</c>.</summary>
    SansPeriodeTaxee,

    /// <summary>« Bloque »: the particulier's account is blocked (tax reasons) — <c>ERR_COMPTE_BLOQUE</c>.</summary>
    CompteBloque,

    /// <summary>« Existant »: already has an account with another provider — an appareillage to accept or refuse.</summary>
    CompteExistant,

    /// <summary>« Immediat »: activates the new account at once.</summary>
    ActivationImmediate,

    /// <summary>« Jamais »: never activates by itself (the control API can still activate).</summary>
    ActivationJamais,

    /// <summary>« Valideur »: validates every demande 5 minutes after being notified.</summary>
    Valideur,

    /// <summary>« Contestataire »: contests every demande 5 minutes after being notified (CONTEST_ERR_FACT).</summary>
    Contestataire,

    /// <summary>« Silencieux »: never acts; every demande is validated automatically after 48 h.</summary>
    Silencieux,

    /// <summary>« Impaye »: validates at once, and the debit bounces the working day after it is presented.</summary>
    DebitRejete,

    /// <summary>« Plafond »: yearly ceiling of eligible expenses 1 000 € (aid 500 €) instead of 12 000 €.</summary>
    PlafondBas,

    /// <summary>« Mandatechu »: account active but its SEPA mandate has expired — <c>MANDAT_ECHU</c>, demandes get <c>ERR_MANDAT_ECHU</c>.</summary>
    MandatEchu,
}
