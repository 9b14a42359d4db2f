using AiciSandbox.ReferenceIntegrator.Driver;
using AiciSandbox.ReferenceIntegrator.Generated;
using AiciSandbox.ReferenceIntegrator.Urssaf;

namespace AiciSandbox.ReferenceIntegrator.Billing;

/// <summary>
/// What the billing software does with the avance immédiate: register customers (M010) and show their status (M020),
/// send invoices as demandes de paiement in calls of at most 10 (M050), follow them until they are settled (M070), and
/// reconcile a period with URSSAF (M070 by invoice date, in BillingService.Reconciliation.cs).
/// </summary>
public sealed partial class BillingService(BillingStore store, UrssafGateway urssaf, IReadOnlySet<Defect> defects)
{
    /// <summary>"Ce service permet de récupérer un maximum de 10 statuts … par appel" and ERR_NBRE_PREST_MAX above 10.</summary>
    public const int BatchSize = 10;

    public async Task<IReadOnlyList<InvoiceView>> SendAsync(IReadOnlyList<DriverInvoice> invoices, CancellationToken ct)
    {
        var sendable = new List<DriverInvoice>();
        foreach (var invoice in invoices)
        {
            if (store.Customers.TryGetValue(invoice.ClientReference, out var c) && c.IdClient is not null) sendable.Add(invoice);
            else store.Invoices[invoice.Reference] = new Invoice(invoice, null, "error", null, null, null, null, null,
                [new ShownError("CLIENT_NON_INSCRIT", "Le client n'est pas inscrit à l'avance immédiate.")]);
        }
        if (defects.Contains(Defect.ReregistersBeforeEachInvoice)) await ReregisterAsync(sendable, ct);
        var batches = defects.Contains(Defect.SendsAllInOneCall) ? [sendable] : sendable.Chunk(BatchSize).Select(b => b.ToList()).ToList();
        foreach (var batch in batches.Where(b => b.Count > 0)) await SendBatchAsync(batch, resent: false, ct);
        return invoices.Select(i => store.Invoices[i.Reference].View).ToList();
    }

    private async Task SendBatchAsync(IReadOnlyList<DriverInvoice> batch, bool resent, CancellationToken ct)
    {
        var settings = urssaf.Settings!;
        var bodies = batch.Select(i => UrssafMapping.Demande(i, store.Customers[i.ClientReference], settings.IdTiersFacturation, defects)).ToList();
        try
        {
            var answers = (await urssaf.TransmettreAsync(bodies, ct)).ToList();
            for (var k = 0; k < batch.Count; k++) Record(batch[k], answers.ElementAtOrDefault(k));
        }
        catch (ApiException<ICollection<Erreur>> refused) when (refused.StatusCode == 400)
        {
            foreach (var invoice in batch) store.Invoices[invoice.Reference] = Rejected(invoice, UrssafMapping.Shown(refused.Result));
        }
        catch (OutcomeUnknownException) when (!resent)
        {
            if (defects.Contains(Defect.ResendsAfterTimeout))
            {
                await SendBatchAsync(batch, resent: true, ct);
                return;
            }
            var arrived = await FindSentAsync(batch.Select(i => i.Reference).ToList(), ct);
            foreach (var invoice in batch.Where(i => arrived.ContainsKey(i.Reference))) Record(invoice, arrived[invoice.Reference]);
            var missing = batch.Where(i => !arrived.ContainsKey(i.Reference)).ToList();
            if (missing.Count > 0) await SendBatchAsync(missing, resent: true, ct);
        }
        catch (Exception failure) when (failure is ApiException or OutcomeUnknownException or HttpRequestException)
        {
            var code = failure is ApiException api ? $"HTTP_{api.StatusCode}" : "RESEAU";
            foreach (var invoice in batch)
                store.Invoices[invoice.Reference] = new Invoice(invoice, null, "error", null, null, null, null, null, [new ShownError(code, failure.Message)]);
        }
    }

    private void Record(DriverInvoice invoice, OutputDemandePaiement? answer)
    {
        var errors = UrssafMapping.Shown(answer?.Errors);
        store.Invoices[invoice.Reference] = errors.Count > 0 && !defects.Contains(Defect.IgnoresItemErrors)
            ? Rejected(invoice, errors)
            : new Invoice(invoice, answer?.IdDemandePaiement, "sent", answer?.Statut, null, null, null, null, []);
    }

    private static Invoice Rejected(DriverInvoice invoice, IReadOnlyList<ShownError> errors) =>
        new(invoice, null, "rejected", null, null, null, null, null, errors);

    /// <summary>After a broken connection: which of these invoice numbers did URSSAF integrate? (AIS's recovery, facts §2.3.)</summary>
    private async Task<Dictionary<string, OutputDemandePaiement>> FindSentAsync(IReadOnlyList<string> numeros, CancellationToken ct)
    {
        try
        {
            var found = await urssaf.RechercherAsync(new InputRechercheDemandePaiement { NumFactureTiers = numeros.ToList() }, ct);
            return found.InfoDemandePaiements.ToDictionary(i => i.DemandePaiement.NumFactureTiers, i => new OutputDemandePaiement
            {
                IdClient = i.DemandePaiement.IdClient, IdDemandePaiement = i.IdDemandePaiement,
                NumFactureTiers = i.DemandePaiement.NumFactureTiers, Statut = Code(i.Statut.Code),
            });
        }
        catch (ApiException<ICollection<Erreur>> none) when (none.StatusCode == 400)
        {
            return [];
        }
    }

    public async Task SynchroniseAsync(CancellationToken ct)
    {
        var watched = store.Invoices.Values
            .Where(i => i.IdDemandePaiement is not null)
            .Where(i => defects.Contains(Defect.PollsFinishedDemandes) || !i.IsSettled)
            .Where(i => !(defects.Contains(Defect.StopsPollingAt20) && i.StatutCode == "20"))
            .ToList();
        foreach (var chunk in watched.Chunk(BatchSize))
        {
            var changed = await FollowAsync(chunk, ct);
            for (var turn = 0; changed && defects.Contains(Defect.PollsUntilStable) && turn < 3; turn++) changed = await FollowAsync(chunk, ct);
        }
    }

    /// <summary>One M070 search by ids for a chunk of invoices, each updated with its answer; true when a status changed.</summary>
    private async Task<bool> FollowAsync(IReadOnlyList<Invoice> chunk, CancellationToken ct)
    {
        OutputRechercheDemandePaiement found;
        try
        {
            found = await urssaf.RechercherAsync(new InputRechercheDemandePaiement { IdDemandePaiements = chunk.Select(i => i.IdDemandePaiement!).ToList() }, ct);
        }
        catch (ApiException<ICollection<Erreur>> none) when (none.StatusCode == 400)
        {
            return false;
        }
        var changed = false;
        foreach (var info in found.InfoDemandePaiements)
        {
            var invoice = store.Invoices.Values.First(i => i.IdDemandePaiement == info.IdDemandePaiement);
            var followed = Followed(invoice, info);
            changed |= followed.StatutCode != invoice.StatutCode;
            store.Invoices[invoice.Request.Reference] = followed;
        }
        return changed;
    }

    /// <summary>
    /// The invoice once URSSAF's M070 answer for its demande is known: integrated under that id, with its status, transfer
    /// (<c>infoVirement</c>) and refusal or cancellation motive (<c>infoRejet</c>). Used by the synchronisation and the reconciliation.
    /// </summary>
    private static Invoice Followed(Invoice invoice, InfoDemandePaiement info) => invoice with
    {
        IdDemandePaiement = info.IdDemandePaiement,
        State = "sent",
        StatutCode = Code(info.Statut.Code),
        StatutLibelle = info.Statut.Libelle,
        MontantVirement = info.InfoVirement?.MntVirement,
        DateVirement = info.InfoVirement?.DateVirement is { } date ? date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null,
        Rejet = info.InfoRejet is { Code: { } code } r ? new RejetView(Code<InfoRejetCode>(code)!, r.Commentaire) : null,
        Errors = [],
    };

    public InvoiceView? ShowInvoice(string reference) => store.Invoices.TryGetValue(reference, out var invoice) ? invoice.View : null;

    /// <summary>The wire code of a generated status enum value (its <c>EnumMember</c> value, e.g. "10").</summary>
    private static string? Code<TEnum>(TEnum? value) where TEnum : struct, Enum =>
        value is not { } v ? null
        : typeof(TEnum).GetField(v.ToString())!.GetCustomAttributes(typeof(System.Runtime.Serialization.EnumMemberAttribute), false)
            .Cast<System.Runtime.Serialization.EnumMemberAttribute>().FirstOrDefault()?.Value ?? v.ToString();
}
