namespace AiciSandbox.Domain.Particuliers;

/// <summary>What can happen to a particulier's account after the inscription.</summary>
public enum ParticulierTrigger
{
    /// <summary>The particulier activates a new account (e-mail link). Time-driven for ordinary particuliers, or control API.</summary>
    Activate,

    /// <summary>The particulier, who already had an account, accepts the provider's appareillage request.</summary>
    AcceptAppareillage,

    /// <summary>The particulier refuses the appareillage request.</summary>
    RefuseAppareillage,

    /// <summary>An unpaid debit blocks the account (seed CGU art. 4.5.5).</summary>
    Block,

    /// <summary>The last unpaid debit is settled (by the particulier, or recovered from the provider): the block is lifted.</summary>
    Unblock,

    /// <summary>The SEPA mandate expires.</summary>
    ExpireMandate,

    /// <summary>The particulier signs a new SEPA mandate in the online space.</summary>
    RenewMandate,
}
