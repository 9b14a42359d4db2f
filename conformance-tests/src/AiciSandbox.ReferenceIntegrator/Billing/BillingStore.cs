using System.Collections.Concurrent;

namespace AiciSandbox.ReferenceIntegrator.Billing;

/// <summary>The billing software's own data (in memory: a test double of its database), emptied by each configuration.</summary>
public sealed class BillingStore
{
    public ConcurrentDictionary<string, Customer> Customers { get; } = new(StringComparer.Ordinal);
    public ConcurrentDictionary<string, Invoice> Invoices { get; } = new(StringComparer.Ordinal);

    public void Clear()
    {
        Customers.Clear();
        Invoices.Clear();
    }
}
