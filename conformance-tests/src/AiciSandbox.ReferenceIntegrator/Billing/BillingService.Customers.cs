using AiciSandbox.ReferenceIntegrator.Driver;
using AiciSandbox.ReferenceIntegrator.Generated;
using AiciSandbox.ReferenceIntegrator.Urssaf;

namespace AiciSandbox.ReferenceIntegrator.Billing;

/// <summary>Customers: registered once (M010) and shown with their status (M020).</summary>
public sealed partial class BillingService
{
    public async Task<ClientView> RegisterAsync(CustomerRequest request, CancellationToken ct)
    {
        Customer customer;
        try
        {
            var answer = await urssaf.InscrireAsync(UrssafMapping.Particulier(request), ct);
            customer = new Customer(request, answer.IdClient.ToString(), "registered", null, null, []);
        }
        catch (ApiException<ICollection<Erreur>> refused) when (refused.StatusCode == 400)
        {
            customer = new Customer(request, null, "rejected", null, null, UrssafMapping.Shown(refused.Result));
        }
        catch (OutcomeUnknownException)
        {
            customer = await RecoverInscriptionAsync(request, ct);
        }
        catch (ApiException failure)
        {
            customer = new Customer(request, null, "error", null, null, [new ShownError($"HTTP_{failure.StatusCode}", failure.Message)]);
        }
        store.Customers[request.Reference] = customer;
        return customer.IdClient is null ? customer.View : await ShowClientAsync(request.Reference, ct) ?? customer.View;
    }

    public async Task<ClientView?> ShowClientAsync(string reference, CancellationToken ct)
    {
        if (!store.Customers.TryGetValue(reference, out var customer)) return null;
        if (customer.IdClient is null) return customer.View;
        try
        {
            var status = await urssaf.StatutAsync(customer.IdClient, null, ct);
            customer = customer with { StatutCode = status.Statut.Code.ToString(), StatutDescription = status.Statut.Description, Errors = [] };
        }
        catch (ApiException<ICollection<Erreur>> refused) when (refused.StatusCode == 400)
        {
            customer = customer with { StatutCode = null, StatutDescription = null, Errors = UrssafMapping.Shown(refused.Result) };
        }
        catch (ApiException failure)
        {
            // Access refused (a 401 that persists after one renewal) or URSSAF unavailable after the retries: said, not hidden.
            customer = customer with { Errors = [new ShownError($"HTTP_{failure.StatusCode}", "L'URSSAF n'a pas pu être consultée : " + failure.Message)] };
        }
        store.Customers[reference] = customer;
        return customer.View;
    }

    /// <summary>
    /// After a lost answer the inscription may have arrived: the software looks for it by e-mail (M020) before anything
    /// else; when URSSAF does not know it, it sends it once more. Whatever happens, the user sees an outcome.
    /// </summary>
    private async Task<Customer> RecoverInscriptionAsync(CustomerRequest request, CancellationToken ct)
    {
        try
        {
            var found = await urssaf.StatutAsync(null, request.Email, ct);
            return new Customer(request, found.IdClient.ToString(), "registered", null, null, []);
        }
        catch (ApiException<ICollection<Erreur>> unknown) when (unknown.StatusCode == 400)
        {
            // It did not arrive.
        }
        try
        {
            var answer = await urssaf.InscrireAsync(UrssafMapping.Particulier(request), ct);
            return new Customer(request, answer.IdClient.ToString(), "registered", null, null, []);
        }
        catch (ApiException<ICollection<Erreur>> refused) when (refused.StatusCode == 400)
        {
            return new Customer(request, null, "rejected", null, null, UrssafMapping.Shown(refused.Result));
        }
        catch (Exception failure) when (failure is ApiException or OutcomeUnknownException)
        {
            return new Customer(request, null, "error", null, null, [new ShownError("RESEAU", failure.Message)]);
        }
    }

    /// <summary>The <see cref="Defect.ReregistersBeforeEachInvoice"/> bug: each customer of the invoices is sent to M010 again, its refusal ignored.</summary>
    private async Task ReregisterAsync(IEnumerable<DriverInvoice> invoices, CancellationToken ct)
    {
        foreach (var reference in invoices.Select(i => i.ClientReference).Distinct())
        {
            try
            {
                await urssaf.InscrireAsync(UrssafMapping.Particulier(store.Customers[reference].Request), ct);
            }
            catch (ApiException<ICollection<Erreur>> alreadyKnown) when (alreadyKnown.StatusCode == 400)
            {
                // "Already registered": fine, the software thinks.
            }
        }
    }
}
