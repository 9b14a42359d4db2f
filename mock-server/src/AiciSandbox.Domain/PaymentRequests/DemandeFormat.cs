using AiciSandbox.Domain.Common;
using AiciSandbox.Domain.Errors;
using AiciSandbox.Domain.Validation;

namespace AiciSandbox.Domain.PaymentRequests;

/// <summary>
/// Schema checks of a <c>POST /demandePaiement</c> batch: a violation anywhere makes the whole call a 400 (decision D4).
/// </summary>
public static class DemandeFormat
{
    public const string Root = "inputDemandePaiements";

    /// <summary>Most demandes one call may carry (facts §2.3, <c>ERR_NBRE_PREST_MAX</c>).</summary>
    public const int MaxItems = 10;

    public static IReadOnlyList<ApiError> Check(IReadOnlyList<DemandePaiementRequest?> batch)
    {
        if (batch.Count > MaxItems) return [ErrorCatalog.Error(ErrorCodes.NombrePrestationsMax)];
        var e = new FieldErrors();
        if (batch.Count == 0) e.Add(Root, "au moins une demande de paiement est attendue");
        for (var i = 0; i < batch.Count; i++)
        {
            if (e.Required($"{Root}[{i}]", batch[i])) CheckItem(e, $"{Root}[{i}]", batch[i]!);
        }
        return e.All;
    }

    private static void CheckItem(FieldErrors e, string path, DemandePaiementRequest d)
    {
        e.Text($"{path}.idTiersFacturation", d.IdTiersFacturation, required: true, max: 50);
        e.Text($"{path}.idClient", d.IdClient, required: true, max: 50);
        e.Text($"{path}.numFactureTiers", d.NumFactureTiers, required: true, max: 50);
        Date(e, $"{path}.dateNaissanceClient", d.DateNaissanceClient, required: true);
        Date(e, $"{path}.dateFacture", d.DateFacture, required: true);
        Date(e, $"{path}.dateDebutEmploi", d.DateDebutEmploi, required: true);
        Date(e, $"{path}.dateFinEmploi", d.DateFinEmploi, required: true);
        Date(e, $"{path}.dateVersementAcompte", d.DateVersementAcompte, required: false);
        e.Required($"{path}.mntFactureTTC", d.MntFactureTTC);
        e.Required($"{path}.mntFactureHT", d.MntFactureHT);
        if (!e.Required($"{path}.inputPrestations", d.InputPrestations)) return;
        if (d.InputPrestations!.Count == 0) e.Add($"{path}.inputPrestations", "au moins une prestation est attendue");
        for (var j = 0; j < d.InputPrestations.Count; j++)
        {
            var linePath = $"{path}.inputPrestations[{j}]";
            if (e.Required(linePath, d.InputPrestations[j])) CheckLine(e, linePath, d.InputPrestations[j]!);
        }
    }

    private static void CheckLine(FieldErrors e, string path, PrestationRequest p)
    {
        e.Text($"{path}.codeNature", p.CodeNature, required: true, max: 10);
        e.Text($"{path}.codeActivite", p.CodeActivite, required: false, max: 10);
        e.OneOf($"{path}.unite", p.Unite, required: true, "HEURE", "FORFAIT");
        e.Required($"{path}.quantite", p.Quantite);
        e.Required($"{path}.mntUnitaireTTC", p.MntUnitaireTTC);
        e.Required($"{path}.mntPrestationTTC", p.MntPrestationTTC);
        e.Required($"{path}.mntPrestationHT", p.MntPrestationHT);
        e.Required($"{path}.mntPrestationTVA", p.MntPrestationTVA);
        Date(e, $"{path}.dateDebutEmploi", p.DateDebutEmploi, required: false);
        Date(e, $"{path}.dateFinEmploi", p.DateFinEmploi, required: false);
        e.Text($"{path}.complement1", p.Complement1, required: false, max: 200);
        e.Text($"{path}.complement2", p.Complement2, required: false, max: 200);
    }

    private static void Date(FieldErrors e, string path, string? value, bool required)
    {
        if (value is null) { if (required) e.Add(path, "ce champ est obligatoire"); return; }
        if (!ApiDate.TryParse(value, out _)) e.Add(path, ApiDate.Expected);
    }
}
