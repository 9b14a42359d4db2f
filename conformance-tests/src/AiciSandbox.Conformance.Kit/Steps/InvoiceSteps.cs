using System.Globalization;
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
            throw new ConformanceFailure($"Le logiciel n'a pas pu envoyer la facture « {reference} » : il affiche « {shown.State} » {CustomerSteps.Errors(shown.Errors)} (facts §2.3){world.Checks}.");
    }

    [Given("le logiciel a envoyé {int} factures de {decimal} € pour {string} pour un emploi d'hier")]
    public async Task AEnvoyePlusieurs(int count, decimal montant, string name)
    {
        var shown = await SendBatch(count, montant, name);
        if (shown.FirstOrDefault(v => v.State != "sent") is { } refused)
            throw new ConformanceFailure($"Le logiciel n'a pas pu envoyer la facture « {refused.Reference} » : il affiche « {refused.State} » {CustomerSteps.Errors(refused.Errors)} (facts §2.3){world.Checks}.");
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

    [Then("le logiciel a retrouvé les {int} factures au statut {string}")]
    public async Task Retrouve(int count, string statut)
    {
        if (world.Reconciliations.Count == 0) throw new Sandbox.KitException("Aucun rapprochement demandé dans ce scénario.");
        var found = world.Reconciliations[^1].Found.ToDictionary(v => v.Reference, StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var reference in world.Batch)
        {
            var id = await world.IdDemandeAsync(reference);
            if (!found.TryGetValue(reference, out var view) || view.IdDemandePaiement != id || view.StatutCode != statut)
                missing.Add(view is null ? $"{reference} absente" : $"{reference} : demande « {view.IdDemandePaiement} » statut « {view.StatutCode} »");
        }
        if (missing.Count > 0 || found.Count != count)
            throw new ConformanceFailure($"Règle facts §2.4 — les {count} demandes de la période doivent être retrouvées au statut {statut} ; le logiciel en a retrouvé {found.Count}, " +
                $"{missing.Count} manquent ou diffèrent : {string.Join(" ; ", missing.Take(5))}{(missing.Count > 5 ? " …" : "")}.");
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

    [Then("le logiciel affiche la facture {string} envoyée au statut {string}")]
    public async Task AfficheEnvoyee(string reference, string statut)
    {
        var shown = await world.Driver.ShowInvoiceAsync(reference, world.Cancellation);
        var id = await world.IdDemandeAsync(reference);
        if (shown.State != "sent" || shown.StatutCode != statut || shown.IdDemandePaiement != id)
            throw new ConformanceFailure($"Règle facts §2.3 — l'URSSAF a intégré la facture « {reference} » (demande {id}, statut {statut}) ; " +
                $"le logiciel affiche « {shown.State} », statut « {shown.StatutCode ?? "aucun"} », demande « {shown.IdDemandePaiement ?? "aucune"} » {CustomerSteps.Errors(shown.Errors)}.");
    }

    [Then("le logiciel affiche les {int} factures envoyées au statut {string}")]
    public async Task AffichePlusieurs(int count, string statut)
    {
        var wrong = new List<string>();
        foreach (var reference in world.Batch)
        {
            var shown = await world.Driver.ShowInvoiceAsync(reference, world.Cancellation);
            if (shown.State != "sent" || shown.StatutCode != statut) wrong.Add($"{reference} : « {shown.State} » {shown.StatutCode} {CustomerSteps.Errors(shown.Errors)}");
        }
        var received = 0;
        foreach (var reference in world.Batch)
            received += (await world.Control.DemandesByNumeroAsync(reference, world.Cancellation)).Count;
        if (wrong.Count > 0 || received != count)
            throw new ConformanceFailure($"Règle facts §2.3 — les {count} factures doivent être intégrées par l'URSSAF et montrées au statut {statut} ; " +
                $"l'URSSAF en a reçu {received}, et le logiciel en montre {wrong.Count} autrement : {string.Join(" ; ", wrong.Take(5))}{(wrong.Count > 5 ? " …" : "")}");
    }

    [Then("le logiciel affiche la facture {string} au statut {string}")]
    public async Task AfficheStatut(string reference, string statut)
    {
        var shown = await world.Driver.ShowInvoiceAsync(reference, world.Cancellation);
        if (shown.StatutCode != statut)
        {
            var actual = (await world.Control.DemandesByNumeroAsync(reference, world.Cancellation)).Select(d => d["statut"]?.GetValue<string>()).FirstOrDefault();
            throw new ConformanceFailure($"Règle facts §4.1 et CGU art. 4.5 — la demande de la facture « {reference} » est au statut {actual ?? "inconnu"} à l'URSSAF, {statut} attendu ; " +
                $"le logiciel affiche « {shown.StatutCode ?? "aucun statut"} ».");
        }
    }

    [Then("le logiciel affiche la facture {string} refusée avec l'erreur {string}")]
    public async Task AfficheRefusee(string reference, string code)
    {
        var shown = await world.Driver.ShowInvoiceAsync(reference, world.Cancellation);
        if (shown.State != "rejected" || !(shown.Errors ?? []).Any(e => e.Code == code))
            throw new ConformanceFailure($"Règle facts §5.2 et décision D4 — l'URSSAF a refusé la facture « {reference} » avec {code} (dans la réponse) ; " +
                $"le logiciel affiche « {shown.State} », statut « {shown.StatutCode ?? "aucun"} » {CustomerSteps.Errors(shown.Errors)}.");
    }

    [Then("le logiciel affiche pour la facture {string} un virement de {decimal} € daté du {string}")]
    public async Task AfficheVirement(string reference, decimal montant, string date)
    {
        var shown = await world.Driver.ShowInvoiceAsync(reference, world.Cancellation);
        var shownDate = shown.DateVirement is { Length: >= 10 } d ? d[..10] : shown.DateVirement;
        if (shown.MontantVirement != montant || shownDate != date)
            throw new ConformanceFailure($"Règle CGU art. 4.5.3 — le virement de la facture « {reference} » est de {montant.ToString("0.00", CultureInfo.InvariantCulture)} € le {date} ; " +
                $"le logiciel affiche {shown.MontantVirement?.ToString("0.00", CultureInfo.InvariantCulture) ?? "aucun montant"} le {shown.DateVirement ?? "(aucune date)"}.");
    }

    [Then("le logiciel affiche pour la facture {string} le rejet {string} avec le commentaire {string}")]
    public async Task AfficheRejet(string reference, string code, string commentaire)
    {
        var shown = await world.Driver.ShowInvoiceAsync(reference, world.Cancellation);
        if (shown.Rejet?.Code != code || shown.Rejet.Commentaire != commentaire)
            throw new ConformanceFailure($"Règle facts §6 et CGU art. 4.5.2 — la contestation {code} « {commentaire} » doit être montrée ; " +
                $"le logiciel affiche {(shown.Rejet is null ? "aucun rejet" : $"{shown.Rejet.Code} « {shown.Rejet.Commentaire} »")}.");
    }

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
