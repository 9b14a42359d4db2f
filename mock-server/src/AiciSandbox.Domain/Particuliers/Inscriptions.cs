using AiciSandbox.Domain.Clock;
using AiciSandbox.Domain.Common;
using AiciSandbox.Domain.Errors;
using AiciSandbox.Domain.Simulation;

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
/// Every valid identity is recognised by DGFiP and has a taxed period, as in the real sandbox, except the personas chosen by
/// their birth name (<see cref="Personas"/>). Format errors are reported first; business rules run on well-formed input
/// only; the DGFiP answer comes last.
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
        if (errors.Count == 0 && DgfipRefusal(Personas.Of(request.NomNaissance!)) is { } refusal) errors.Add(refusal);
        return errors.Count > 0
            ? ApiDecision<InscriptionCandidate>.Reject(errors)
            : ApiDecision<InscriptionCandidate>.Accept(new InscriptionCandidate(
                request, dateNaissance, IdentityKey.Of(request.NomNaissance!, request.Prenoms!, dateNaissance)));
    }

    /// <param name="candidate">The checked inscription.</param>
    /// <param name="sameIdentityOrContact">The provider's particuliers with the same identity key, or the same e-mail or mobile.</param>
    /// <param name="now">The tenant's simulated now.</param>
    /// <param name="newId">Gives the new particulier's id (the server's: <see cref="ParticulierId.New"/>), so that deciding stays pure.</param>
    public static ApiDecision<Particulier> Register(
        InscriptionCandidate candidate, IEnumerable<Particulier> sameIdentityOrContact, DateTimeOffset now, Func<ParticulierId> newId)
    {
        var duplicates = InscriptionRules.Uniqueness(candidate.IdentityKey, candidate.AdresseMail,
            candidate.Request.NumeroTelephonePortable!, sameIdentityOrContact).ToList();
        if (duplicates.Count > 0) return ApiDecision<Particulier>.Reject(duplicates);

        var persona = Personas.Of(candidate.Request.NomNaissance!);
        var pending = new Particulier(newId(), candidate.Request, candidate.DateNaissance, candidate.IdentityKey, now,
            ParticulierStatus.AppareillageEnCours, ValideLe: null, persona,
            persona == Persona.CompteExistant ? CompteType.Existant : CompteType.Nouveau,
            persona is Persona.CompteExistant or Persona.ActivationJamais ? null : now + Timings.AutomaticActivation);
        return ApiDecision<Particulier>.Accept(persona switch
        {
            Persona.ActivationImmediate => pending.Apply(ParticulierTrigger.Activate, now).Value!,
            Persona.MandatEchu => pending.Apply(ParticulierTrigger.Activate, now).Value!.Apply(ParticulierTrigger.ExpireMandate, now).Value!,
            _ => pending,
        });
    }

    /// <summary>What DGFiP answers for the personas it refuses (facts §5.1).</summary>
    private static ApiError? DgfipRefusal(Persona persona) => persona switch
    {
        Persona.InconnuDgfip => ErrorCatalog.Error(ErrorCodes.DgfipR2pInconnu),
        Persona.SansPeriodeTaxee => ErrorCatalog.Error(ErrorCodes.DgfipImpotPartInconnu),
        Persona.CompteBloque => ErrorCatalog.Error(ErrorCodes.CompteBloqueInscription),
        _ => null,
    };
}
