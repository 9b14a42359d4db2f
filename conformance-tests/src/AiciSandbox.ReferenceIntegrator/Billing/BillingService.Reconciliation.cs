using System.Globalization;
using AiciSandbox.ReferenceIntegrator.Driver;
using AiciSandbox.ReferenceIntegrator.Generated;

namespace AiciSandbox.ReferenceIntegrator.Billing;

/// <summary>
/// Reconciliation of a period with URSSAF, as the software does after restoring a backup or at the end of a month: M070
/// by invoice date (facts §2.4). A search answers at most 10 demandes; more is refused with ERR_NBRE_MAX_RESULTAT, none
/// with ERR_RECHERCHE_VIDE (doc v1.1.7, "un maximum de 10 statuts de demandes de paiement par appel").
/// </summary>
public sealed partial class BillingService
{
    private const string TooManyResults = "ERR_NBRE_MAX_RESULTAT";
    private const string NoResult = "ERR_RECHERCHE_VIDE";

    /// <summary>
    /// Re-reads every demande invoiced from <paramref name="debut"/> to <paramref name="fin"/> (both inclusive), updates
    /// the invoices the software has as the synchronisation does, and answers every invoice URSSAF returned, ordered by
    /// reference. Everything is read before anything is updated: a failed call leaves the software's data as it was.
    /// </summary>
    public async Task<IReadOnlyList<InvoiceView>> ReconcileAsync(DateOnly debut, DateOnly fin, CancellationToken ct)
    {
        var found = await SearchPeriodAsync(debut, fin, ct);
        return found.DistinctBy(i => i.IdDemandePaiement).Select(Reconciled).OrderBy(v => v.Reference, StringComparer.Ordinal).ToList();
    }

    /// <summary>A period with more than 10 demandes is cut in two halves, each searched the same way, down to single days.</summary>
    private async Task<IReadOnlyList<InfoDemandePaiement>> SearchPeriodAsync(DateOnly debut, DateOnly fin, CancellationToken ct)
    {
        try
        {
            return (await urssaf.RechercherParPeriodeAsync(debut, fin, ct)).InfoDemandePaiements.ToList();
        }
        catch (ApiException<ICollection<Erreur>> refused) when (Says(refused, NoResult))
        {
            return [];
        }
        catch (ApiException<ICollection<Erreur>> refused) when (Says(refused, TooManyResults) && debut < fin)
        {
            var middle = debut.AddDays((fin.DayNumber - debut.DayNumber) / 2);
            return [.. await SearchPeriodAsync(debut, middle, ct), .. await SearchPeriodAsync(middle.AddDays(1), fin, ct)];
        }
        catch (ApiException<ICollection<Erreur>> refused) when (Says(refused, TooManyResults))
        {
            return await SearchKnownNumerosAsync(debut, ct);
        }
    }

    /// <summary>
    /// A single day with more than 10 demandes cannot be narrowed by date any more: the software asks for its own invoices
    /// of that day by <c>numFactureTiers</c>, 10 at a time (as CAERP chunks them). Demandes of that day it does not know
    /// (lost with the backup, sent by another tool) cannot be found this way and are missing from the answer.
    /// </summary>
    private async Task<IReadOnlyList<InfoDemandePaiement>> SearchKnownNumerosAsync(DateOnly day, CancellationToken ct)
    {
        var numeros = store.Invoices.Values.Where(i => InvoicedOn(i) == day).Select(i => i.Request.Reference).Order(StringComparer.Ordinal).ToList();
        var found = new List<InfoDemandePaiement>();
        foreach (var chunk in numeros.Chunk(BatchSize))
        {
            try
            {
                found.AddRange((await urssaf.RechercherAsync(new InputRechercheDemandePaiement { NumFactureTiers = chunk.ToList() }, ct)).InfoDemandePaiements);
            }
            catch (ApiException<ICollection<Erreur>> refused) when (Says(refused, NoResult))
            {
                // None of these ten reached URSSAF.
            }
        }
        return found;
    }

    /// <summary>A demande URSSAF returned: the software's invoice updated (found by id, else by number), or its echo when the software has none.</summary>
    private InvoiceView Reconciled(InfoDemandePaiement info)
    {
        var known = store.Invoices.Values.FirstOrDefault(i => i.IdDemandePaiement == info.IdDemandePaiement)
            ?? store.Invoices.GetValueOrDefault(info.DemandePaiement.NumFactureTiers);
        if (known is null) return Followed(Echoed(info.DemandePaiement), info).View;
        var updated = Followed(known, info);
        store.Invoices[known.Request.Reference] = updated;
        return updated.View;
    }

    /// <summary>An invoice the software does not have, as URSSAF echoes it; shown in the answer, not added to the software's data.</summary>
    private Invoice Echoed(InputDemandePaiement echo)
    {
        var customer = store.Customers.Values.FirstOrDefault(c => c.IdClient == echo.IdClient)?.Request.Reference ?? echo.IdClient;
        return new Invoice(UrssafMapping.Invoice(echo, customer), null, "sent", null, null, null, null, null, []);
    }

    /// <summary>The day an invoice is dated (its <c>dateFacture</c> as sent: a date, or a UTC date-time), if it reads as one.</summary>
    private static DateOnly? InvoicedOn(Invoice invoice) =>
        DateTime.TryParse(invoice.Request.DateFacture, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? DateOnly.FromDateTime(date) : null;

    private static bool Says(ApiException<ICollection<Erreur>> refused, string code) =>
        refused.StatusCode == 400 && refused.Result?.Any(e => e.Code == code) == true;
}
