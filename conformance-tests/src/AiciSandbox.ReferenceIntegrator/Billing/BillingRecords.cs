using AiciSandbox.ReferenceIntegrator.Driver;

namespace AiciSandbox.ReferenceIntegrator.Billing;

/// <summary>A customer as the billing software keeps it: what it sent to URSSAF and the last answer it got.</summary>
public sealed record Customer(CustomerRequest Request, string? IdClient, string State, string? StatutCode, string? StatutDescription, IReadOnlyList<ShownError> Errors)
{
    public ClientView View => new(Request.Reference, IdClient, State, StatutCode, StatutDescription, Errors);
}

/// <summary>An invoice as the billing software keeps it: sent or not, and the last status URSSAF gave.</summary>
public sealed record Invoice(
    DriverInvoice Request, string? IdDemandePaiement, string State, string? StatutCode, string? StatutLibelle, decimal? MontantVirement,
    string? DateVirement, RejetView? Rejet, IReadOnlyList<ShownError> Errors)
{
    public InvoiceView View => new(Request.Reference, IdDemandePaiement, State, StatutCode, StatutLibelle, MontantVirement, DateVirement, Rejet, Errors);

    /// <summary>Statuses after which nothing more is expected: no need to poll (the sandbox domain's settled statuses, docs/decisions.md).</summary>
    public bool IsSettled => StatutCode is { } code && AiciSandbox.Domain.PaymentRequests.DemandeFollowUp.SettledCodes.Contains(code);
}
