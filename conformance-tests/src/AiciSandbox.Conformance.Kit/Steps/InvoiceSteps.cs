using AiciSandbox.Conformance.Kit.Driver;
using AiciSandbox.Conformance.Kit.Scenarios;
using AiciSandbox.Conformance.Kit.Wire;
using AiciSandbox.Conformance.Runner.Bindings;

namespace AiciSandbox.Conformance.Kit.Steps;

/// <summary>
/// Invoices: sent by the software as demandes de paiement (M050), followed by it (M070), and acted upon by the
/// particulier or the URSSAF agent through the sandbox.
/// </summary>
[Binding]
public sealed class InvoiceSteps(ConformanceWorld world)
{
    [Given("le logiciel envoie la facture {string} de {decimal} € pour {string} pour un emploi d'hier")]
    [When("le logiciel envoie la facture {string} de {decimal} € pour {string} pour un emploi d'hier")]
    [When("le logiciel envoie encore la facture {string} de {decimal} € pour {string} pour un emploi d'hier")]
    public Task Envoie(string reference, decimal montant, string name) => Send(reference, montant, name, InvoiceDefect.None);

    [When("le logiciel envoie la facture {string} de {decimal} € pour {string} pour un emploi d'hier, {defaut}")]
    public Task EnvoieAvecDefaut(string reference, decimal montant, string name, InvoiceDefect defaut) => Send(reference, montant, name, defaut);

    [Given("le logiciel a envoyé la facture {string} de {decimal} € pour {string} pour un emploi d'hier")]
    public async Task AEnvoye(string reference, decimal montant, string name)
    {
        var shown = (await Send(reference, montant, name, InvoiceDefect.None))[0];
        if (shown.State != "sent")
            throw new ConformanceFailure($"Le logiciel n'a pas pu envoyer la facture « {reference} » (EX-09) — " +
                $"{InvoiceOnTheWire.Describe(await world.Wire.IntegratorAsync(world.Cancellation), reference)} ; le logiciel affiche : {InvoiceVerdicts.Shown(shown)}{world.Checks}.");
    }

    [Given("le logiciel a envoyé {int} factures de {decimal} € pour {string} pour un emploi d'hier")]
    public async Task AEnvoyePlusieurs(int count, decimal montant, string name)
    {
        var shown = await SendBatch(count, montant, name);
        if (shown.FirstOrDefault(v => v.State != "sent") is { } refused)
            throw new ConformanceFailure($"Le logiciel n'a pas pu envoyer la facture « {refused.Reference} » (EX-09) — " +
                $"{InvoiceOnTheWire.Describe(await world.Wire.IntegratorAsync(world.Cancellation), refused.Reference)} ; le logiciel affiche : {InvoiceVerdicts.Shown(refused)}{world.Checks}.");
    }

    [When("le logiciel envoie {int} factures de {decimal} € pour {string} pour un emploi d'hier")]
    public Task EnvoiePlusieurs(int count, decimal montant, string name) => SendBatch(count, montant, name);

    private async Task<IReadOnlyList<InvoiceView>> SendBatch(int count, decimal montant, string name)
    {
        var now = await world.Control.NowAsync(world.Cancellation);
        var invoices = Enumerable.Range(1, count)
            .Select(i => InvoiceFactory.Create($"{ConformanceWorld.BatchPrefix}{i:D3}", name, montant, now))
            .ToList();
        return await SendAll(invoices);
    }

    [When("le logiciel synchronise les statuts")]
    public async Task Synchronise()
    {
        var before = await world.Wire.MarkAsync(world.Cancellation);
        await world.Driver.SynchroniseAsync(world.Cancellation);
        world.Synchronisations.Add((before, await world.Wire.MarkAsync(world.Cancellation)));
    }

    [When("le logiciel rapproche les factures du {string} au {string}")]
    public async Task Rapproche(string dateDebut, string dateFin)
    {
        var before = await world.Wire.MarkAsync(world.Cancellation);
        var found = await world.Driver.ReconcileAsync(dateDebut, dateFin, world.Cancellation);
        world.Reconciliations.Add((before, await world.Wire.MarkAsync(world.Cancellation), found));
    }

    [When("le particulier valide la demande de la facture {string}")]
    public async Task Valide(string reference) =>
        await world.Control.OnDemandeAsync(await world.IdDemandeAsync(reference), "validation", null, world.Cancellation);

    [When("le particulier conteste la demande de la facture {string} avec le motif {string} et le commentaire {string}")]
    public async Task Conteste(string reference, string motif, string commentaire) =>
        await world.Control.OnDemandeAsync(await world.IdDemandeAsync(reference), "contestation", new { code = motif, commentaire }, world.Cancellation);

    [When("l'URSSAF annule la demande de la facture {string} avec le motif {string}")]
    public async Task Annule(string reference, string motif) =>
        await world.Control.OnDemandeAsync(await world.IdDemandeAsync(reference), "annulation",
            new { code = motif, commentaire = "Demande motivée du prestataire (conformité)." }, world.Cancellation);

    private async Task<IReadOnlyList<InvoiceView>> Send(string reference, decimal montant, string name, InvoiceDefect defect)
    {
        world.Customer(name);
        var invoice = InvoiceFactory.Create(reference, name, montant, await world.Control.NowAsync(world.Cancellation), defect);
        return await SendAll([invoice]);
    }

    private async Task<IReadOnlyList<InvoiceView>> SendAll(IReadOnlyList<DriverInvoice> invoices)
    {
        foreach (var invoice in invoices) world.Invoices[invoice.Reference] = invoice;
        var shown = await world.Driver.SendInvoicesAsync(invoices, world.Cancellation);
        if (shown.Count != invoices.Count)
            throw new ConformanceFailure($"Le pilote doit répondre une vue par facture envoyée, dans l'ordre ({invoices.Count}) ; il en a répondu {shown.Count}.");
        return shown;
    }
}
