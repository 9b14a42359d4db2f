using AiciSandbox.Domain.Clock;
using AiciSandbox.Domain.Common;
using AiciSandbox.Domain.Errors;
using AiciSandbox.Domain.Particuliers;

namespace AiciSandbox.Domain.PaymentRequests;

/// <summary>What became of one item of a batch: accepted as a new <see cref="DemandePaiement"/>, or rejected with its errors.</summary>
public sealed record DemandeOutcome(DemandePaiementRequest Request, DemandePaiement? Accepted, IReadOnlyList<ApiError> Errors);

/// <summary>A particulier's civil year (of the employment start, Paris time), the unit of the aid ceiling (decision D15).</summary>
public readonly record struct PlafondKey(string IdClient, int Annee)
{
    public static PlafondKey Of(DemandePaiementRequest d)
    {
        ApiDate.TryParse(d.DateDebutEmploi, out var debut);
        return new PlafondKey(d.IdClient!, ParisTime.DateOf(debut).Year);
    }
}

/// <summary>
/// <c>POST /demandePaiement</c> as a pure decision over a batch that passed <see cref="DemandeFormat"/>: each item is judged
/// in input order against the provider's particuliers, its existing invoice numbers (and those accepted earlier in the
/// same batch) and now. New demandes take their ids from <c>newId</c>, given by the caller (the server draws random UUIDs,
/// a test may number them): the decision itself draws nothing.
/// </summary>
public static class DemandeSubmissions
{
    public static IReadOnlyList<DemandeOutcome> Decide(
        IReadOnlyList<DemandePaiementRequest> batch,
        IReadOnlyDictionary<string, Particulier> particuliers,
        IReadOnlySet<string> existingNumeros,
        DateTimeOffset now,
        IReadOnlyDictionary<PlafondKey, decimal>? eligibleDejaRetenu,
        Func<DemandeId> newId)
    {
        var taken = new HashSet<string>(existingNumeros, StringComparer.Ordinal);
        var retenu = new Dictionary<PlafondKey, decimal>(eligibleDejaRetenu ?? new Dictionary<PlafondKey, decimal>());
        var outcomes = new List<DemandeOutcome>(batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            var request = Normalized(batch[i]);
            var errors = Errors(request, $"{DemandeFormat.Root}[{i}]", particuliers.GetValueOrDefault(request.IdClient!), taken, now);
            if (errors.Count > 0)
            {
                outcomes.Add(new DemandeOutcome(request, null, errors));
                continue;
            }
            taken.Add(request.NumFactureTiers!);
            var key = PlafondKey.Of(request);
            var plafond = Simulation.Personas.PlafondOf(particuliers[request.IdClient!].Persona);
            var montants = Montants.Of(request, plafond - retenu.GetValueOrDefault(key));
            retenu[key] = retenu.GetValueOrDefault(key) + montants.EligibleRetenu;
            ApiDate.TryParse(request.DateFacture, out var facture);
            outcomes.Add(new DemandeOutcome(request, new DemandePaiement(newId(), new ParticulierId(request.IdClient!),
                request.NumFactureTiers!, request, ParisTime.DateOf(facture), now, DemandeStatus.Integree, null, null,
                montants, new Echeancier(now + Simulation.Timings.Notification)), []));
        }
        return outcomes;
    }

    private static List<ApiError> Errors(
        DemandePaiementRequest d, string path, Particulier? particulier, HashSet<string> taken, DateTimeOffset now)
    {
        ApiDate.TryParse(d.DateDebutEmploi, out var debut);
        ApiDate.TryParse(d.DateFinEmploi, out var fin);
        var errors = DemandeRules.Particulier(d, particulier, debut)
            .Concat(DemandeRules.Period(debut, fin, now))
            .Concat(AmountRules.Check(d, path))
            .Concat(DemandeRules.Lines(d, path, now))
            .ToList();
        if (taken.Contains(d.NumFactureTiers!))
            errors.Add(ErrorCatalog.Error(ErrorCodes.FactureDoublon, $"La référence de facture « {d.NumFactureTiers} » est déjà existante."));
        return errors.Distinct().ToList();
    }

    /// <summary>The request with its dates written the way the API writes them back (<c>2019-11-01T00:00:00Z</c>).</summary>
    private static DemandePaiementRequest Normalized(DemandePaiementRequest d) => d with
    {
        DateNaissanceClient = Iso(d.DateNaissanceClient),
        DateFacture = Iso(d.DateFacture),
        DateDebutEmploi = Iso(d.DateDebutEmploi),
        DateFinEmploi = Iso(d.DateFinEmploi),
        DateVersementAcompte = Iso(d.DateVersementAcompte),
        InputPrestations = d.InputPrestations!
            .Select(p => p! with { DateDebutEmploi = Iso(p.DateDebutEmploi), DateFinEmploi = Iso(p.DateFinEmploi) })
            .ToList(),
    };

    private static string? Iso(string? date) => ApiDate.TryParse(date, out var instant) ? ApiDate.Format(instant) : date;
}
