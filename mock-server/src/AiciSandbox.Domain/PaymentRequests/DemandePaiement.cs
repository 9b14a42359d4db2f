using AiciSandbox.Domain.Particuliers;

namespace AiciSandbox.Domain.PaymentRequests;

/// <summary><c>idDemandePaiement</c>: opaque UUID text, unique across the sandbox (decision D10).</summary>
public readonly record struct DemandeId(string Value)
{
    public static DemandeId New() => new(Guid.NewGuid().ToString());

    public override string ToString() => Value;
}

/// <summary><c>infoRejet</c>: why the particulier refused (REGUL_*/CONTEST_*) or URSSAF cancelled (ANNUL_*) a demande (facts §6).</summary>
public sealed record InfoRejet(string Code, string? Commentaire);

/// <summary><c>infoVirement</c>: the transfer to the provider; the date is known before the amount (facts §3.3).</summary>
public sealed record InfoVirement(decimal? MntVirement, DateTimeOffset? DateVirement);

/// <summary>
/// A demande de paiement accepted by <c>POST /demandePaiement</c>: the request as received (dates normalised), the values the
/// rules read from it, and where it stands in its life (facts §4.1).
/// </summary>
public sealed record DemandePaiement(
    DemandeId Id,
    ParticulierId IdClient,
    string NumFactureTiers,
    DemandePaiementRequest Demande,
    DateOnly DateFacture,
    DateTimeOffset SoumiseLe,
    DemandeStatus Statut,
    InfoRejet? InfoRejet,
    InfoVirement? InfoVirement);
