using AiciSandbox.Domain.Common;
using AiciSandbox.Domain.Errors;
using AiciSandbox.Domain.PaymentRequests;
using AiciSandbox.Domain.Particuliers;

namespace AiciSandbox.Server.Urssaf;

/// <summary><c>OutputParticulierDTO</c>: the answer to an inscription.</summary>
internal sealed record OutputParticulierDto(string IdClient);

/// <summary><c>GET /particulier</c> answer (facts §2.2; SINAO-DOC sample).</summary>
internal sealed record OutputParticulierSimpleDto(string IdClient, string NomNaissance, string? NomUsage, string Prenoms, ParticulierStatusView Statut)
{
    public static OutputParticulierSimpleDto Of(Particulier p) =>
        new(p.Id.Value, p.Inscription.NomNaissance!, p.Inscription.NomUsage, p.Inscription.Prenoms!, p.StatutView);
}

/// <summary><c>OutputDemandePaiement</c>: one item of the transmission answer; <c>statut</c> is a plain code (decision D6).</summary>
internal sealed record OutputDemandePaiementDto(string? IdClient, string? IdDemandePaiement, string? NumFactureTiers, string? Statut, IReadOnlyList<ApiError>? Errors)
{
    public static OutputDemandePaiementDto Of(DemandeOutcome outcome) => outcome.Accepted is { } d
        ? new(d.IdClient.Value, d.Id.Value, d.NumFactureTiers, d.Statut.Code(), null)
        : new(outcome.Request.IdClient, null, outcome.Request.NumFactureTiers, null, outcome.Errors);
}

/// <summary><c>OutputRechercheDemandePaiement</c>; the error list key is <c>errors</c> (decision D1).</summary>
internal sealed record OutputRechercheDemandePaiementDto(IReadOnlyList<ApiError>? Errors, IReadOnlyList<InfoDemandePaiementDto> InfoDemandePaiements);

/// <summary><c>InfoDemandePaiement</c>: the demande as sent, its status as <c>{code, libelle}</c>, rejection and transfer details.</summary>
internal sealed record InfoDemandePaiementDto(
    string IdDemandePaiement, DemandePaiementRequest DemandePaiement, StatutDto Statut, InfoRejetDto? InfoRejet, InfoVirementDto? InfoVirement)
{
    public static InfoDemandePaiementDto Of(DemandePaiement d) => new(
        d.Id.Value,
        d.Demande,
        new StatutDto(d.Statut.Code(), d.Statut.Libelle()),
        d.InfoRejet is { } r ? new InfoRejetDto(r.Code, r.Commentaire) : null,
        d.InfoVirement is { } v ? new InfoVirementDto(v.MntVirement, v.DateVirement is { } date ? ApiDate.Format(date) : null) : null);
}

internal sealed record StatutDto(string Code, string Libelle);

internal sealed record InfoRejetDto(string Code, string? Commentaire);

internal sealed record InfoVirementDto(decimal? MntVirement, string? DateVirement);
