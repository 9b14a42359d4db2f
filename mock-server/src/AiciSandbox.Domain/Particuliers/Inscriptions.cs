using AiciSandbox.Domain.Clock;
using AiciSandbox.Domain.Common;

namespace AiciSandbox.Domain.Particuliers;

/// <summary>A well-formed inscription that passed the business rules, before the uniqueness check against the provider's data.</summary>
public sealed record InscriptionCandidate(InscriptionRequest Request, DateOnly DateNaissance, string IdentityKey)
{
    public string AdresseMail => Request.AdresseMail!;
    public string Telephone => InscriptionRules.NormalizedPhone(Request.NumeroTelephonePortable!);
}

/// <summary>
/// <c>POST /particulier</c> as pure decisions: <see cref="Check"/> the request, look up the provider's particuliers that share
/// its identity or contact, then <see cref="Register"/> a new <see cref="Particulier"/> waiting for activation.
/// </summary>
/// <remarks>
/// Every valid identity is recognised by DGFiP and has a taxed period, as in the real sandbox; personas that pick other
/// outcomes come with the simulation engine. Format errors are reported first; business rules run on well-formed input only.
/// </remarks>
public static class Inscriptions
{
    public static ApiDecision<InscriptionCandidate> Check(InscriptionRequest request, DateTimeOffset now)
    {
        var format = InscriptionFormat.Check(request);
        if (format.Count > 0) return ApiDecision<InscriptionCandidate>.Reject(format);

        ApiDate.TryParse(request.DateNaissance, out var birthInstant);
        var dateNaissance = ParisTime.DateOf(birthInstant);
        var errors = InscriptionRules.BirthDate(dateNaissance, ParisTime.DateOf(now))
            .Concat(InscriptionRules.BirthPlace(request.LieuNaissance!))
            .Concat(InscriptionRules.Address(request.AdressePostale!))
            .Concat(InscriptionRules.BankAccount(request.CoordonneeBancaire!))
            .ToList();
        return errors.Count > 0
            ? ApiDecision<InscriptionCandidate>.Reject(errors)
            : ApiDecision<InscriptionCandidate>.Accept(new InscriptionCandidate(
                request, dateNaissance, IdentityKey.Of(request.NomNaissance!, request.Prenoms!, dateNaissance)));
    }

    /// <param name="candidate">The checked inscription.</param>
    /// <param name="sameIdentityOrContact">The provider's particuliers with the same identity key, or the same e-mail or mobile.</param>
    /// <param name="now">The tenant's simulated now.</param>
    public static ApiDecision<Particulier> Register(
        InscriptionCandidate candidate, IEnumerable<Particulier> sameIdentityOrContact, DateTimeOffset now)
    {
        var duplicates = InscriptionRules.Uniqueness(candidate.IdentityKey, candidate.AdresseMail,
            candidate.Request.NumeroTelephonePortable!, sameIdentityOrContact).ToList();
        return duplicates.Count > 0
            ? ApiDecision<Particulier>.Reject(duplicates)
            : ApiDecision<Particulier>.Accept(new Particulier(ParticulierId.New(), candidate.Request, candidate.DateNaissance,
                candidate.IdentityKey, now, ParticulierStatus.AppareillageEnCours, ValideLe: null));
    }
}
