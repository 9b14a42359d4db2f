using AiciSandbox.Conformance.Kit.Driver;
using AiciSandbox.Conformance.Kit.Scenarios;
using AiciSandbox.Conformance.Runner.Bindings;

namespace AiciSandbox.Conformance.Kit.Steps;

/// <summary>« Alors le logiciel affiche … » for invoices: what the driver shows, judged against what the sandbox knows.</summary>
[Binding]
public sealed class InvoiceOutcomeSteps(ConformanceWorld world)
{
    [Then("le logiciel affiche la facture {string} envoyée au statut {string}")]
    public async Task AfficheEnvoyee(string reference, string statut)
    {
        var shown = await Shown(reference);
        var atUrssaf = (await world.Control.DemandesByNumeroAsync(reference, world.Cancellation)).Select(d => d["idDemandePaiement"]!.GetValue<string>()).ToList();
        world.Require(InvoiceVerdicts.Sent(reference, statut, atUrssaf, shown, await world.Wire.IntegratorAsync(world.Cancellation)), citeScenario: true);
    }

    [Then("le logiciel affiche les {int} factures envoyées au statut {string}")]
    public async Task AffichePlusieurs(int count, string statut)
    {
        var shown = new List<InvoiceView>();
        var received = 0;
        foreach (var reference in world.Batch)
        {
            shown.Add(await Shown(reference));
            received += (await world.Control.DemandesByNumeroAsync(reference, world.Cancellation)).Count;
        }
        world.Require(InvoiceVerdicts.Batch(count, statut, shown, received));
    }

    [Then("le logiciel affiche la facture {string} au statut {string}")]
    public async Task AfficheStatut(string reference, string statut)
    {
        var shown = await Shown(reference);
        if (shown.StatutCode == statut) return;
        var atUrssaf = (await world.Control.DemandesByNumeroAsync(reference, world.Cancellation)).Select(d => d["statut"]?.GetValue<string>()).FirstOrDefault();
        world.Require(InvoiceVerdicts.Status(reference, statut, shown, atUrssaf));
    }

    [Then("le logiciel affiche la facture {string} refusée avec l'erreur {string}")]
    public async Task AfficheRefusee(string reference, string code) =>
        world.Require(InvoiceVerdicts.Refused(reference, code, await Shown(reference), await world.Wire.IntegratorAsync(world.Cancellation)));

    [Then("le logiciel affiche pour la facture {string} un virement de {decimal} € daté du {string}")]
    public async Task AfficheVirement(string reference, decimal montant, string date) =>
        world.Require(InvoiceVerdicts.Transfer(reference, montant, date, await Shown(reference)));

    [Then("le logiciel affiche pour la facture {string} le rejet {string} avec le commentaire {string}")]
    public async Task AfficheRejet(string reference, string code, string commentaire) =>
        world.Require(InvoiceVerdicts.Contestation(code, commentaire, await Shown(reference)));

    [Then("le logiciel a retrouvé les {int} factures au statut {string}")]
    public async Task Retrouve(int count, string statut)
    {
        if (world.Reconciliations.Count == 0) throw new Sandbox.KitException("Aucun rapprochement demandé dans ce scénario.");
        var expected = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var reference in world.Batch) expected[reference] = await world.IdDemandeAsync(reference);
        world.Require(InvoiceVerdicts.Reconciled(count, statut, expected, world.Reconciliations[^1].Found));
    }

    private Task<InvoiceView> Shown(string reference) => world.Driver.ShowInvoiceAsync(reference, world.Cancellation);
}
