using AiciSandbox.Domain.Clock;
using AiciSandbox.Domain.Common;
using AiciSandbox.Domain.Errors;

namespace AiciSandbox.Domain.PaymentRequests;

/// <summary><c>InputRechercheDemandePaiement</c> as received (Swagger 1.29.1 plus <c>numFactureTiers</c>, decision D5).</summary>
public sealed record SearchRequest
{
    public IReadOnlyList<string?>? IdDemandePaiements { get; init; }
    public IReadOnlyList<string?>? NumFactureTiers { get; init; }
    public string? DateDebut { get; init; }
    public string? DateFin { get; init; }
}

/// <summary>The one criterion a search runs on.</summary>
public abstract record SearchCriterion
{
    private SearchCriterion() { }

    /// <summary>By <c>idDemandePaiements</c>, which win over every other criterion (doc v1.1.7).</summary>
    public sealed record ByIds(IReadOnlyList<string> Ids) : SearchCriterion;

    /// <summary>By <c>numFactureTiers</c>, used when no id is given.</summary>
    public sealed record ByNumeros(IReadOnlyList<string> Numeros) : SearchCriterion;

    /// <summary>By invoice date (<c>dateFacture</c>), bounds inclusive, either may be open.</summary>
    public sealed record ByPeriod(DateOnly? From, DateOnly? To) : SearchCriterion;
}

/// <summary>
/// <c>POST /demandePaiement/rechercher</c> as pure decisions (facts §2.4): which criterion applies, and what the found demandes
/// become — at most <see cref="MaxResults"/>, none is an error.
/// </summary>
public static class Search
{
    /// <summary>"Ce service permet de récupérer un maximum de 10 statuts de demandes de paiement par appel" (doc v1.1.7).</summary>
    public const int MaxResults = 10;

    public static ApiDecision<SearchCriterion> Interpret(SearchRequest request)
    {
        var ids = Present(request.IdDemandePaiements);
        if (ids.Count > 0)
            return ids.Count > MaxResults ? TooMany() : ApiDecision<SearchCriterion>.Accept(new SearchCriterion.ByIds(ids));
        var numeros = Present(request.NumFactureTiers);
        if (numeros.Count > 0)
            return numeros.Count > MaxResults ? TooMany() : ApiDecision<SearchCriterion>.Accept(new SearchCriterion.ByNumeros(numeros));
        if (string.IsNullOrWhiteSpace(request.DateDebut) && string.IsNullOrWhiteSpace(request.DateFin))
            return ApiDecision<SearchCriterion>.Reject(ErrorCatalog.Error(ErrorCodes.CritereRechercheVide));

        var errors = new List<ApiError>();
        var from = Bound(request.DateDebut, "dateDebut", errors);
        var to = Bound(request.DateFin, "dateFin", errors);
        return errors.Count > 0
            ? ApiDecision<SearchCriterion>.Reject(errors)
            : ApiDecision<SearchCriterion>.Accept(new SearchCriterion.ByPeriod(from, to));
    }

    /// <summary>The answer to a search that found <paramref name="found"/> (the store returns at most one more than the limit).</summary>
    public static ApiDecision<IReadOnlyList<DemandePaiement>> Results(IReadOnlyList<DemandePaiement> found) => found.Count switch
    {
        0 => ApiDecision<IReadOnlyList<DemandePaiement>>.Reject(ErrorCatalog.Error(ErrorCodes.RechercheVide)),
        > MaxResults => ApiDecision<IReadOnlyList<DemandePaiement>>.Reject(ErrorCatalog.Error(ErrorCodes.NombreMaxResultat)),
        _ => ApiDecision<IReadOnlyList<DemandePaiement>>.Accept(found),
    };

    private static ApiDecision<SearchCriterion> TooMany() =>
        ApiDecision<SearchCriterion>.Reject(ErrorCatalog.Error(ErrorCodes.NombreMaxResultat,
            $"Veuillez affiner votre recherche : {MaxResults} demandes de paiement au plus par appel."));

    private static List<string> Present(IReadOnlyList<string?>? values) =>
        values?.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).Distinct(StringComparer.Ordinal).ToList() ?? [];

    private static DateOnly? Bound(string? text, string field, List<ApiError> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (ApiDate.TryParseLenient(text, out var instant)) return ParisTime.DateOf(instant);
        errors.Add(ErrorCatalog.Validation($"inputRechercheDemandePaiement.{field}", ApiDate.Expected));
        return null;
    }
}
