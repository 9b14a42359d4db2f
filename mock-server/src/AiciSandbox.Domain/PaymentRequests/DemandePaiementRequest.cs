namespace AiciSandbox.Domain.PaymentRequests;

/// <summary>
/// <c>InputDemandePaiement</c>: one item of <c>POST /demandePaiement</c> as received (facts §3.2), echoed by the search as
/// <c>demandePaiement</c>. Raw values, checked by <see cref="DemandeFormat"/> and <see cref="DemandeRules"/>.
/// </summary>
public sealed record DemandePaiementRequest
{
    public string? IdTiersFacturation { get; init; }
    public string? IdClient { get; init; }
    public string? DateNaissanceClient { get; init; }
    public string? NumFactureTiers { get; init; }
    public string? DateFacture { get; init; }
    public string? DateDebutEmploi { get; init; }
    public string? DateFinEmploi { get; init; }
    public decimal? MntAcompte { get; init; }
    public string? DateVersementAcompte { get; init; }
    public decimal? MntFactureTTC { get; init; }
    public decimal? MntFactureHT { get; init; }
    public IReadOnlyList<PrestationRequest?>? InputPrestations { get; init; }
}

/// <summary><c>InputPrestation</c>: one invoice line (nature, quantity, amounts, intervenant in <c>complement2</c>).</summary>
public sealed record PrestationRequest
{
    public string? CodeActivite { get; init; }
    public string? CodeNature { get; init; }
    public decimal? Quantite { get; init; }
    public string? Unite { get; init; }
    public decimal? MntUnitaireTTC { get; init; }
    public decimal? MntPrestationTTC { get; init; }
    public decimal? MntPrestationHT { get; init; }
    public decimal? MntPrestationTVA { get; init; }
    public string? DateDebutEmploi { get; init; }
    public string? DateFinEmploi { get; init; }
    public string? Complement1 { get; init; }
    public string? Complement2 { get; init; }
}
