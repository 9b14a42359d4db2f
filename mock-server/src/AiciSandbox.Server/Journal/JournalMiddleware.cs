using System.Buffers;
using System.Diagnostics;
using System.Text;
using AiciSandbox.Domain.Tenants;
using AiciSandbox.Server.Storage;

namespace AiciSandbox.Server.Journal;

/// <summary>
/// Records every exchange of a tenant — token, URSSAF operations, control API — with headers and payloads, in the tenant's
/// bounded journal, readable by the time the answer leaves (seed CGU art. 4.3: the traces the provider must keep and show).
/// </summary>
/// <remarks>
/// Secrets never reach the journal (<see cref="SecretMasking"/>): a client secret is masked, a bearer token or issued access
/// token is replaced by a fingerprint (<c>sha256:1a2b3c4d</c>) so that token reuse and renewal can still be judged. Bodies are kept up to
/// <see cref="MaxBodyChars"/> characters. Reads of the journal itself are not journaled.
/// </remarks>
internal sealed class JournalMiddleware(RequestDelegate next, ISandboxStore store, TimeProvider realTime, SandboxOptions options)
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
            // The whole answer is in hand: it leaves with its length, in one piece, instead of chunked (one write less).
            if (captured.Length > 0 && !http.Response.HasStarted && http.Response.ContentLength is null) http.Response.ContentLength = captured.Length;
            // A connection cut on purpose (fault injection) has nowhere to send the answer.
            if (!http.RequestAborted.IsCancellationRequested) await captured.CopyToAsync(original);
        }
    }

    private static bool IsJournaled(PathString path) =>
        (path.StartsWithSegments("/api/oauth") || path.StartsWithSegments("/atp") || path.StartsWithSegments("/sandbox"))
        && !path.StartsWithSegments("/sandbox/v1/journal");

    private static async Task<JournalEntry> EntryAsync(HttpContext http, MemoryStream captured, DateTimeOffset simulatedAt, DateTimeOffset received, TimeSpan duration)
    {
        var (requestBody, requestTruncated) = await ReadRequestAsync(http.Request.Body);
        captured.Position = 0;
        var (responseBody, responseTruncated) = await ReadAsync(captured);
        try
        {
            return Masked(http, requestBody, responseBody, simulatedAt, received, duration, requestTruncated || responseTruncated);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Masking must never break the answer, nor let a body through unmasked: the bodies are dropped instead.
            return Masked(http, "[corps retiré : masquage impossible]", responseBody is null ? null : "[corps retiré : masquage impossible]",
                simulatedAt, received, duration, true);
        }
    }

    private static JournalEntry Masked(HttpContext http, string? requestBody, string? responseBody, DateTimeOffset simulatedAt,
        DateTimeOffset received, TimeSpan duration, bool truncated)
    {
        // Every part is masked by parsing; then each credential found anywhere is scrubbed from every other part.
        var found = new List<string>();
        var requestHeaders = Headers(http.Request.Headers, found);
        var query = http.Request.QueryString.HasValue ? SecretMasking.UrlEncoded(http.Request.QueryString.Value!, found) : null;
        requestBody = requestBody is null ? null : SecretMasking.Body(requestBody, http.Request.ContentType, found);
        var responseHeaders = Headers(http.Response.Headers, found);
        responseBody = responseBody is null ? null : SecretMasking.Body(responseBody, http.Response.ContentType, found);
        var spellings = SecretMasking.Spellings(found);
        return new JournalEntry(simulatedAt, received, (long)duration.TotalMilliseconds, http.Request.Method,
            SecretMasking.Scrub(http.Request.Path.Value, spellings) ?? "", SecretMasking.Scrub(query, spellings),
            Scrubbed(requestHeaders, spellings), SecretMasking.Scrub(requestBody, spellings), http.Response.StatusCode, Scrubbed(responseHeaders, spellings),
            SecretMasking.Scrub(responseBody, spellings), truncated, Faults.FaultInjection.MarkOf(http));
    }

    /// <summary>A request body that breaks HTTP itself (an invalid chunk) is recorded as unreadable, not thrown again.</summary>
    private static async Task<(string? Text, bool Truncated)> ReadRequestAsync(Stream body)
    {
        try
        {
            return await ReadAsync(body);
        }
        catch (Exception e) when (e is BadHttpRequestException or IOException or OperationCanceledException)
        {
            return ("[corps illisible]", false);
        }
    }

    /// <summary>
    /// A body as text, decoded as UTF-8 from one pooled buffer (a byte order mark skipped, as a <see cref="StreamReader"/>
    /// does); a body too long for that buffer is read by <see cref="ReadLongAsync"/>, which cuts it at <see cref="MaxBodyChars"/>.
    /// </summary>
    private static async Task<(string? Text, bool Truncated)> ReadAsync(Stream body)
    {
        if (!body.CanSeek) return (null, false);
        body.Position = 0;
        if (body is MemoryStream held && held.TryGetBuffer(out var bytes) && bytes.Count <= MaxBodyChars) return (Decoded(bytes), false);
        var buffer = ArrayPool<byte>.Shared.Rent(MaxBodyChars + 1);
        try
        {
            var read = await body.ReadAtLeastAsync(buffer.AsMemory(0, MaxBodyChars + 1), MaxBodyChars + 1, throwOnEndOfStream: false);
            // At most MaxBodyChars bytes decode to at most as many characters: nothing to cut.
            if (read <= MaxBodyChars) return (Decoded(buffer.AsSpan(0, read)), false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        body.Position = 0;
        return await ReadLongAsync(body);
    }

    private static string? Decoded(ReadOnlySpan<byte> utf8)
    {
        if (utf8.StartsWith(Utf8ByteOrderMark)) utf8 = utf8[Utf8ByteOrderMark.Length..];
        return utf8.IsEmpty ? null : Encoding.UTF8.GetString(utf8);
    }

    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    private static async Task<(string? Text, bool Truncated)> ReadLongAsync(Stream body)
    {
        var buffer = ArrayPool<char>.Shared.Rent(MaxBodyChars + 1);
        try
        {
            using var reader = new StreamReader(body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
            var read = await reader.ReadBlockAsync(buffer.AsMemory(0, MaxBodyChars + 1));
            return read == 0 ? (null, false) : (new string(buffer, 0, Math.Min(read, MaxBodyChars)), read > MaxBodyChars);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static Dictionary<string, string> Headers(IHeaderDictionary headers, List<string> found) =>
        headers.ToDictionary(h => h.Key, h => SecretMasking.Header(h.Key, h.Value.ToString(), found), StringComparer.OrdinalIgnoreCase);

    /// <summary>The headers with every credential spelling removed, edited in place and only where one was found.</summary>
    private static Dictionary<string, string> Scrubbed(Dictionary<string, string> headers, string[] spellings)
    {
        if (spellings.Length == 0) return headers;
        List<KeyValuePair<string, string>>? cleaned = null;
        foreach (var (name, value) in headers)
            if (SecretMasking.Scrub(value, spellings) is { } clean && !string.Equals(clean, value, StringComparison.Ordinal))
                (cleaned ??= []).Add(new(name, clean));
        foreach (var (name, clean) in cleaned ?? []) headers[name] = clean;
        return headers;
    }
}
