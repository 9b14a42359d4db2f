namespace AiciSandbox.Domain.PaymentRequests;

/// <summary>What can happen to a demande de paiement: a deadline falling due, or an actor's action.</summary>
public enum DemandeTrigger
{
    /// <summary>URSSAF notifies the particulier (e-mail/SMS) that a demande awaits validation: 10 → 20. Time-driven.</summary>
    NotifyParticulier,

    /// <summary>The particulier validates within 48 h (seed CGU art. 4.5.2): 20 → 30.</summary>
    ValidateByParticulier,

    /// <summary>The particulier refuses or contests with a REGUL_* / CONTEST_* motive within 48 h: 20 → 40.</summary>
    ContestByParticulier,

    /// <summary>48 h without action: "la Demande est automatiquement validée" (seed CGU art. 4.5.2): 20 → 30. Time-driven.</summary>
    AutoValidate,

    /// <summary>URSSAF presents the debit of the reste à charge: 30 → 50, the transfer date is fixed. Time-driven.</summary>
    Debit,

    /// <summary>The particulier's bank rejects the debit: 50/70 → 60, the account is blocked (seed CGU art. 4.5.5).</summary>
    RejectDebit,

    /// <summary>URSSAF transfers the amount to the provider within 4 working days of validation (art. 4.5.3). Time-driven.</summary>
    PayProvider,

    /// <summary>The particulier settles the unpaid debit before URSSAF recovers it from the provider: 60 → 70.</summary>
    RegulariseImpaye,

    /// <summary>URSSAF debits the provider of the unpaid sum, at least 30 days after the impayé (art. 4.5.5): 60 → 120. Time-driven.</summary>
    RecoverFromProvider,

    /// <summary>A URSSAF agent cancels the demande at the provider's motivated request, with an ANNUL_* motive (art. 4.5.6).</summary>
    Cancel,
}
