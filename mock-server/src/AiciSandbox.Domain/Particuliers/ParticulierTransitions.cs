using static AiciSandbox.Domain.Particuliers.ParticulierStatus;
using static AiciSandbox.Domain.Particuliers.ParticulierTrigger;

namespace AiciSandbox.Domain.Particuliers;

/// <summary>
/// The life of a particulier's account as one table: <c>(from, trigger) → to</c> (facts §2.1, §4.2; URSSAF FAQ inscription).
/// Activate is for a new account, Accept/RefuseAppareillage for an existing one (<see cref="Particulier.Compte"/>).
/// </summary>
public static class ParticulierTransitions
{
    private static readonly Dictionary<(ParticulierStatus From, ParticulierTrigger Trigger), ParticulierStatus> Table = new()
    {
        [(AppareillageEnCours, Activate)] = AppareillageValide,
        [(AppareillageEnCours, AcceptAppareillage)] = AppareillageValide,
        [(AppareillageEnCours, RefuseAppareillage)] = AssociationRompue,
        [(AppareillageNonFinalise, Activate)] = AppareillageValide,
        [(AppareillageNonFinalise, AcceptAppareillage)] = AppareillageValide,
        [(AppareillageNonFinalise, RefuseAppareillage)] = AssociationRompue,
        [(AppareillageValide, Block)] = Bloque,
        [(Bloque, Unblock)] = AppareillageValide,
        [(AppareillageValide, ExpireMandate)] = MandatEchu,
        [(MandatEchu, RenewMandate)] = AppareillageValide,
    };

    public static IReadOnlyDictionary<(ParticulierStatus From, ParticulierTrigger Trigger), ParticulierStatus> All => Table;

    public static ParticulierStatus? Target(ParticulierStatus from, ParticulierTrigger trigger) =>
        Table.TryGetValue((from, trigger), out var to) ? to : null;
}
