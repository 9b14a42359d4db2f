using AiciSandbox.Domain.Tenants;

namespace AiciSandbox.Server.Journal;

/// <summary>Tells the journal which tenant a request belongs to, and its simulated now, once authentication knows them.</summary>
internal static class JournalScope
{
    private const string TenantKey = "journal.tenant";
    private const string NowKey = "journal.now";

    public static void Attribute(HttpContext http, TenantId tenant, DateTimeOffset now)
    {
        http.Items[TenantKey] = tenant;
        http.Items[NowKey] = now;
    }

    public static (TenantId Tenant, DateTimeOffset Now)? Of(HttpContext http) =>
        http.Items.TryGetValue(TenantKey, out var tenant) && http.Items.TryGetValue(NowKey, out var now)
            ? ((TenantId)tenant!, (DateTimeOffset)now!)
            : null;
}
