using System.Text.Json;
using AiciSandbox.Domain.Common;
using AiciSandbox.Domain.Tenants;
using AiciSandbox.Server.Control;
using AiciSandbox.Server.Journal;
using AiciSandbox.Server.Json;
using AiciSandbox.Server.Storage;

namespace AiciSandbox.Server.Web;

/// <summary>
/// Writes what a page did into the tenant's journal as the control-API call it stands for (same method, path, body and
/// answer), with an <c>X-Sandbox-Origin</c> header naming the page (<c>console</c> or <c>particulier</c>). Passwords never
/// reach it: sign-in and password pages are not journaled.
/// </summary>
internal sealed class PageJournal(ISandboxStore store, TimeProvider realTime, SandboxOptions options)
{
    public const string OriginHeader = "X-Sandbox-Origin";

    public Task AppendAsync(TenantId tenant, DateTimeOffset simulatedNow, string origin, string method, string path, object? request,
        int status, object? response, CancellationToken ct)
    {
        var entry = new JournalEntry(simulatedNow, realTime.GetUtcNow(), 0, method, path, null,
            new Dictionary<string, string> { [OriginHeader] = origin, ["Content-Type"] = "application/json" },
            request is null ? null : JsonSerializer.Serialize(request, ApiJson.Options), status,
            new Dictionary<string, string> { ["Content-Type"] = status < 300 ? "application/json" : "application/problem+json" },
            response is null ? null : JsonSerializer.Serialize(response, ApiJson.Options), false);
        return store.AppendJournalAsync(tenant, entry, options.Journal.MaxEntriesPerTenant, ct);
    }

    /// <summary>The problem details body the control API answers with for a refusal.</summary>
    public static object Problem(Refusal refusal, int status) =>
        new { type = "https://tools.ietf.org/html/rfc9110", title = refusal.Code, status, detail = refusal.Message, code = refusal.Code };

    public static object Problem(Refusal refusal) => Problem(refusal, ControlResults.StatusOf(refusal));
}
