using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using AiciSandbox.Domain.Tenants;
using AiciSandbox.Server.Storage;

namespace AiciSandbox.Server.Journal;

/// <summary>
/// Records every exchange of a tenant — token, URSSAF operations, control API — with headers and payloads, in the tenant's
/// bounded journal, before the answer leaves (seed CGU art. 4.3: the traces the provider must keep and show).
/// </summary>
/// <remarks>
/// Secrets never reach the journal: a client secret is masked, a bearer token or issued access token is replaced by a
/// fingerprint (<c>sha256:1a2b3c4d</c>) so that token reuse and renewal can still be judged. Bodies are kept up to
/// <see cref="MaxBodyChars"/> characters. Reads of the journal itself are not journaled.
/// </remarks>
internal sealed partial class JournalMiddleware(RequestDelegate next, ISandboxStore store, TimeProvider realTime, SandboxOptions options)
{
    public const int MaxBodyChars = 64 * 1024;

    public async Task InvokeAsync(HttpContext http)
    {
        if (!IsJournaled(http.Request.Path))
        {
            await next(http);
            return;
        }
        var received = realTime.GetUtcNow();
        var started = Stopwatch.GetTimestamp();
        http.Request.EnableBuffering();
        var original = http.Response.Body;
        await using var captured = new MemoryStream();
        http.Response.Body = captured;
        try
        {
            await next(http);
        }
        finally
        {
            http.Response.Body = original;
            if (JournalScope.Of(http) is { } scope)
            {
                var entry = await EntryAsync(http, captured, scope.Now, received, Stopwatch.GetElapsedTime(started));
                await store.AppendJournalAsync(scope.Tenant, entry, options.Journal.MaxEntriesPerTenant, CancellationToken.None);
            }
            captured.Position = 0;
            // A connection cut on purpose (fault injection) has nowhere to send the answer.
            if (!http.RequestAborted.IsCancellationRequested) await captured.CopyToAsync(original);
        }
    }

    private static bool IsJournaled(PathString path) =>
        (path.StartsWithSegments("/api/oauth") || path.StartsWithSegments("/atp") || path.StartsWithSegments("/sandbox"))
        && !path.StartsWithSegments("/sandbox/v1/journal");

    private static async Task<JournalEntry> EntryAsync(HttpContext http, MemoryStream captured, DateTimeOffset simulatedAt, DateTimeOffset received, TimeSpan duration)
    {
        var (requestBody, requestTruncated) = await ReadAsync(http.Request.Body);
        captured.Position = 0;
        var (responseBody, responseTruncated) = await ReadAsync(captured);
        return new JournalEntry(simulatedAt, received, (long)duration.TotalMilliseconds, http.Request.Method, http.Request.Path.Value ?? "",
            http.Request.QueryString.HasValue ? http.Request.QueryString.Value : null,
            Headers(http.Request.Headers), MaskSecrets(requestBody), http.Response.StatusCode, Headers(http.Response.Headers),
            MaskSecrets(responseBody), requestTruncated || responseTruncated, Faults.FaultInjection.MarkOf(http));
    }

    private static async Task<(string? Text, bool Truncated)> ReadAsync(Stream body)
    {
        if (!body.CanSeek) return (null, false);
        body.Position = 0;
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(MaxBodyChars + 1);
        try
        {
            using var reader = new StreamReader(body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
            var read = await reader.ReadBlockAsync(buffer.AsMemory(0, MaxBodyChars + 1));
            return read == 0 ? (null, false) : (new string(buffer, 0, Math.Min(read, MaxBodyChars)), read > MaxBodyChars);
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static Dictionary<string, string> Headers(IHeaderDictionary headers) => headers
        .Where(h => !h.Key.Equals("Cookie", StringComparison.OrdinalIgnoreCase))
        .ToDictionary(h => h.Key, h => h.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase)
            ? MaskAuthorization(h.Value.ToString())
            : h.Value.ToString(), StringComparer.OrdinalIgnoreCase);

    private static string MaskAuthorization(string value) =>
        value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? "Bearer " + Fingerprint(value[7..].Trim())
        : value.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase) ? "Basic ***"
        : "***";

    private static string? MaskSecrets(string? body) => body is null ? null
        : AccessTokenField().Replace(ClientSecretField().Replace(body, "${name}***"), m => $"{m.Groups["name"].Value}{Fingerprint(m.Groups["token"].Value)}\"");

    /// <summary>A stable, non-reversible name for a token: the same token always gets the same fingerprint.</summary>
    public static string Fingerprint(string token) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)))[..8];

    [GeneratedRegex(@"(?<name>client_secret=)[^&\s]*")]
    private static partial Regex ClientSecretField();

    [GeneratedRegex("(?<name>\"access_token\"\\s*:\\s*\")(?<token>[^\"]*)\"")]
    private static partial Regex AccessTokenField();
}
