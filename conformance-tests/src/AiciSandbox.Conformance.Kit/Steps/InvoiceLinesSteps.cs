using AiciSandbox.Conformance.Kit.Scenarios;
using AiciSandbox.Conformance.Runner.Bindings;

namespace AiciSandbox.Conformance.Kit.Steps;

/// <summary>
/// Invoices written line by line in the scenario — several natures, 20 % and 5.5 % VAT, decimal quantities, amounts that
/// land on half a cent, an acompte and its date (EX-10, EX-33, EX-34) — sent by the software as one demande (M050).
/// </summary>
[Binding]
public sealed class InvoiceLinesSteps(ConformanceWorld world)
{
    [When("le logiciel envoie la facture {string} pour {string} pour un emploi d'hier, avec les prestations :")]
    public async Task Envoie(string reference, string name, DataTable prestations) =>
        await Send(InvoiceLines.Create(reference, name, InvoiceLines.Read(prestations), await world.Control.NowAsync(world.Cancellation)));

    [When("le logiciel envoie la facture {string} pour {string} pour un emploi d'hier, avec un acompte de {decimal} € versé il y a {int} jours, et les prestations :")]
    public async Task EnvoieAvecAcompte(string reference, string name, decimal acompte, int joursAvant, DataTable prestations) =>
        await Send(InvoiceLines.Create(reference, name, InvoiceLines.Read(prestations), await world.Control.NowAsync(world.Cancellation), acompte, joursAvant));

    private async Task Send(DriverInvoice invoice)
    {
        world.Customer(invoice.ClientReference);
        world.Invoices[invoice.Reference] = invoice;
        var shown = await world.Driver.SendInvoicesAsync([invoice], world.Cancellation);
        if (shown.Count != 1)
            throw new Wire.ConformanceFailure($"Le pilote doit répondre une vue par facture envoyée, dans l'ordre (1) ; il en a répondu {shown.Count}.");
    }
}
