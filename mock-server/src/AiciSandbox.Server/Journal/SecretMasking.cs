using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace AiciSandbox.Server.Journal;

/// <summary>
/// Takes secrets and tokens out of what the sandbox records (journal, logs), by parsing each part of an exchange the way a
/// server reads it — query string, form and multipart bodies, JSON, headers — never by searching the raw text for one
/// spelling (issue 12, item 2: <c>client%5Fsecret=</c>, <c>CLIENT_SECRET=</c>, <c>client_secret+=</c>, a multipart part or a
/// query parameter escaped the old text search). A field is sensitive by its name, compared after percent- and
/// plus-decoding, case-insensitively and ignoring separators (<c>client_secret</c> = <c>Client-Secret</c> = <c>clientSecret</c>).
/// Secrets become <c>***</c>; tokens become a fingerprint (<see cref="Fingerprint"/>) so that reuse and renewal can still be
/// judged. Then every credential value found that way is also scrubbed wherever else it appears in the same exchange.
/// </summary>
internal static class SecretMasking
{
    public const string Masked = "***";

    /// <summary>A stable, non-reversible name for a token: the same token always gets the same fingerprint.</summary>
    public static string Fingerprint(string token) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)))[..8];

    /// <summary>What a field of that name must become; null when the field is not sensitive.</summary>
    public static string? MaskFor(string name, string value)
    {
        var key = Normalized(name);
        if (key.Contains("url") || key.Contains("uri") || key.Contains("endpoint") || key is "tokentype" or "expiresin") return null;
        if (key.Contains("secret") || key.Contains("password") || key.Contains("passwd") || key.Contains("assertion")
            || key.Contains("apikey") || key.Contains("cookie") || key == "key")
            return Masked;
        if (key.Contains("token")) return value.Length == 0 ? value : Fingerprint(value);
        if (key.Contains("authorization")) return Authorization(value);
        return null;
    }

    /// <summary>A header's value, masked when its name or its value (<c>Bearer …</c>) says it carries a credential.</summary>
    public static string Header(string name, string value, ICollection<string>? found = null)
    {
        var looksLikeCredential = value.TrimStart().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
        var mask = MaskFor(name, value);
        if (mask is null && !looksLikeCredential) return value;
        if (found is not null) Credentials(value, found);
        return looksLikeCredential ? Authorization(value) : mask!;
    }

    /// <summary>An <c>Authorization</c>-like value: the bearer token fingerprinted, anything else masked.</summary>
    public static string Authorization(string value)
    {
        var trimmed = value.Trim();
        return trimmed.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? "Bearer " + Fingerprint(trimmed[7..].Trim())
            : trimmed.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase) ? "Basic " + Masked
            : Masked;
    }

    /// <summary>A query string (with or without its <c>?</c>) or a form body, each sensitive value replaced; order and spelling kept.</summary>
    public static string UrlEncoded(string text, ICollection<string>? found = null)
    {
        var prefix = text.StartsWith('?') ? "?" : "";
        var pairs = text[prefix.Length..].Split('&');
        for (var i = 0; i < pairs.Length; i++)
        {
            var equals = pairs[i].IndexOf('=');
            var (name, value) = equals < 0 ? (pairs[i], "") : (pairs[i][..equals], pairs[i][(equals + 1)..]);
            var decoded = Decoded(value);
            if (MaskFor(Decoded(name), decoded) is { } mask)
            {
                found?.Add(decoded);
                pairs[i] = name + "=" + mask;
            }
        }
        return prefix + string.Join('&', pairs);
    }

    /// <summary>A JSON document with each sensitive property replaced; null when the text is not JSON.</summary>
    public static string? Json(string text, ICollection<string>? found = null)
    {
        try
        {
            var root = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = 256 });
            return MaskNode(root, found)
                ? root!.ToJsonString(Relaxed)
                : text;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            // Not JSON, or JSON a string of which is not valid UTF-16 (a lone surrogate): read as text instead.
            return null;
        }
    }

    /// <summary>How a masked JSON body is written back (made once: a new options object per call has to build its caches again).</summary>
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A multipart body rebuilt part by part, each sensitive part's content replaced; null when it cannot be read.</summary>
    public static string? Multipart(string text, string contentType, ICollection<string>? found = null)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media)) return null;
        var boundary = HeaderUtilities.RemoveQuotes(media.Boundary).Value;
        if (string.IsNullOrEmpty(boundary)) return null;
        try
        {
            var reader = new MultipartReader(boundary, new MemoryStream(Encoding.UTF8.GetBytes(text)));
            var rebuilt = new StringBuilder();
            while (reader.ReadNextSectionAsync().GetAwaiter().GetResult() is { } section)
            {
                var content = new StreamReader(section.Body, Encoding.UTF8).ReadToEnd();
                var name = ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    ? HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "" : "";
                if (MaskFor(name, content) is { } mask)
                {
                    found?.Add(content);
                    content = mask;
                }
                rebuilt.Append("--").Append(boundary).Append("\r\n");
                foreach (var header in section.Headers ?? [])
                    rebuilt.Append(header.Key).Append(": ").Append(header.Value.ToString()).Append("\r\n");
                rebuilt.Append("\r\n").Append(content).Append("\r\n");
            }
            return rebuilt.Append("--").Append(boundary).Append("--\r\n").ToString();
        }
        catch (Exception e) when (e is IOException or InvalidDataException or FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// A body, masked according to its content type; a body that claims a structured type but cannot be parsed is also
    /// searched as a form and as JSON-like text, so a broken body cannot smuggle a secret past the parser.
    /// </summary>
    public static string Body(string body, string? contentType, ICollection<string>? found = null)
    {
        if (!MightHoldCredentials(body)) return body;
        var media = (contentType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        if (media == "multipart/form-data" || media.StartsWith("multipart/", StringComparison.Ordinal))
            return Multipart(body, contentType!, found) ?? "[corps multipart illisible : masqué]";
        return Json(body, found) ?? LooseJsonPairs(UrlEncoded(body, found), found);
    }

    /// <summary>
    /// False only when no field of <paramref name="text"/> can be sensitive: none of the names' key words appears, and
    /// nothing is escaped (<c>%</c>, <c>\</c>) that could spell one. Ordinary URSSAF bodies are then kept as they are,
    /// without being parsed (the journal sits on the request path).
    /// </summary>
    public static bool MightHoldCredentials(string text) =>
        text.AsSpan().IndexOfAny(EscapeMarks) >= 0
        || KeyWords.Any(word => text.Contains(word, StringComparison.OrdinalIgnoreCase));

    private static readonly System.Buffers.SearchValues<char> EscapeMarks = System.Buffers.SearchValues.Create("%\\");

    private static readonly string[] KeyWords = ["secret", "passw", "token", "assert", "key", "cookie", "auth"];

    /// <summary>
    /// The raw and encoded spellings of the credential values found in an exchange (values shorter than 6 characters are
    /// left alone), computed once for all the parts that <see cref="Scrub"/> then cleans.
    /// </summary>
    public static string[] Spellings(IEnumerable<string> values) =>
        values.Where(v => v.Length >= 6).Distinct()
            .SelectMany(v => new[] { v, Uri.EscapeDataString(v), v.Replace(" ", "+"), JsonEncodedText.Encode(v).ToString() })
            .Distinct().ToArray();

    /// <summary>Removes every credential found elsewhere in the exchange (its <see cref="Spellings"/>) from <paramref name="text"/>.</summary>
    public static string? Scrub(string? text, string[] spellings)
    {
        if (string.IsNullOrEmpty(text)) return text;
        foreach (var spelling in spellings) text = text.Replace(spelling, Masked, StringComparison.Ordinal);
        return text;
    }

    /// <summary>The secret parts of a credential header: the token, or Basic's encoded pair and its decoded password.</summary>
    private static void Credentials(string value, ICollection<string> found)
    {
        var trimmed = value.Trim();
        var space = trimmed.IndexOf(' ');
        var credential = space < 0 ? trimmed : trimmed[(space + 1)..].Trim();
        found.Add(credential);
        if (!trimmed.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase)) return;
        try
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(credential));
            if (pair.IndexOf(':') is var colon and >= 0) found.Add(Decoded(pair[(colon + 1)..]));
        }
        catch (FormatException)
        {
        }
    }

    private static bool MaskNode(JsonNode? node, ICollection<string>? found)
    {
        var changed = false;
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    if (value is JsonValue leaf && leaf.TryGetValue<string>(out var text) && MaskFor(name, text) is { } mask)
                    {
                        found?.Add(text);
                        obj[name] = mask;
                        changed = true;
                    }
                    else changed |= MaskNode(value, found);
                }
                break;
            case JsonArray array:
                foreach (var item in array) changed |= MaskNode(item, found);
                break;
        }
        return changed;
    }

    /// <summary>For text that is neither JSON nor a form: <c>"name": "value"</c> pairs whose name is sensitive.</summary>
    private static string LooseJsonPairs(string text, ICollection<string>? found)
    {
        var result = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var colon = text.IndexOf(':', i);
            if (colon < 0) break;
            var nameEnd = text.LastIndexOf('"', colon);
            var nameStart = nameEnd > 0 ? text.LastIndexOf('"', nameEnd - 1) : -1;
            var valueStart = text.IndexOf('"', colon);
            var valueEnd = valueStart < 0 ? -1 : text.IndexOf('"', valueStart + 1);
            if (nameStart >= i && valueStart >= 0 && text.AsSpan(colon + 1, valueStart - colon - 1).IsWhiteSpace()
                && MaskFor(text[(nameStart + 1)..nameEnd], "") is not null)
            {
                var end = valueEnd < 0 ? text.Length : valueEnd;
                found?.Add(text[(valueStart + 1)..end]);
                result.Append(text, i, valueStart + 1 - i).Append(Masked);
                i = end;
                continue;
            }
            result.Append(text, i, colon + 1 - i);
            i = colon + 1;
        }
        return result.Append(text, i, text.Length - i).ToString();
    }

    /// <summary>Percent- and plus-decoded until stable (a double-encoded name is still recognised).</summary>
    private static string Decoded(string text)
    {
        for (var round = 0; round < 3; round++)
        {
            string next;
            try
            {
                next = Uri.UnescapeDataString(text.Replace('+', ' '));
            }
            catch (UriFormatException)
            {
                return text;
            }
            if (next == text) return text;
            text = next;
        }
        return text;
    }

    private static string Normalized(string name)
    {
        var key = new StringBuilder(name.Length);
        foreach (var c in name) if (char.IsLetterOrDigit(c)) key.Append(char.ToLowerInvariant(c));
        return key.ToString();
    }
}
