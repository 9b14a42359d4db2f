using AiciSandbox.Domain.Particuliers;
using AiciSandbox.Domain.PaymentRequests;
using AiciSandbox.Domain.Tests.Particuliers;

namespace AiciSandbox.Domain.Tests.PaymentRequests;

/// <summary>
/// A well-formed demande for the sample particulier (born 29/03/1980): two hours of ménage (nature 60, TVA 10 %) in March 2026,
/// 2 × 25.00 = 50.00 TTC = 45.45 HT + 4.55 TVA, intervenant NOVA SAP852330992. Built fresh on every call.
/// </summary>
internal static class DemandeSamples
{
    public const string IdClient = "0b7c6f0e-3f7a-4a59-9d55-6d1c1e2f3a4b";

    public static PrestationRequest Line() => new()
    {
        CodeNature = "60",
        Quantite = 2m,
        Unite = "HEURE",
        MntUnitaireTTC = 25m,
        MntPrestationTTC = 50m,
        MntPrestationHT = 45.45m,
        MntPrestationTVA = 4.55m,
        Complement2 = "SAP852330992",
    };

    public static DemandePaiementRequest Valid(string numFactureTiers = "F-2026-0001") => new()
    {
        IdTiersFacturation = "menage.fr",
        IdClient = IdClient,
        DateNaissanceClient = "1980-03-29T00:00:00Z",
        NumFactureTiers = numFactureTiers,
        DateFacture = "2026-03-16T00:00:00Z",
        DateDebutEmploi = "2026-03-02T08:00:00Z",
        DateFinEmploi = "2026-03-13T17:00:00Z",
        MntFactureTTC = 50m,
        MntFactureHT = 45.45m,
        InputPrestations = [Line()],
    };

    public static DemandePaiementRequest WithLine(Func<PrestationRequest, PrestationRequest> change) =>
        Valid() with { InputPrestations = [change(Line())] };

    /// <summary>The sample particulier, registered the day before and activated at <paramref name="valideLe"/>.</summary>
    public static Particulier Particulier(DateTimeOffset valideLe, ParticulierStatus statut = ParticulierStatus.AppareillageValide) => new(
        new ParticulierId(IdClient), InscriptionSamples.Valid(), new DateOnly(1980, 3, 29), "TEST|JEAN|1980-03-29",
        valideLe.AddDays(-1), statut, statut == ParticulierStatus.AppareillageValide ? valideLe : null);

    public static IReadOnlyDictionary<string, Particulier> Known(params Particulier[] particuliers) =>
        particuliers.ToDictionary(p => p.Id.Value);
}
