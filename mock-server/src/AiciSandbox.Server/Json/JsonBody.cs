using System.Buffers;
using System.Text.Json;

namespace AiciSandbox.Server.Json;

/// <summary>Why a body could not be read: the HTTP status to answer with, the field path and a reason in French.</summary>
internal sealed record BodyError(int Status, string Path, string Reason);

/// <summary>
/// Reads a JSON request body defensively: content type, size limit, UTF-8, depth and types are checked, and every failure
/// becomes a <see cref="BodyError"/> that the caller renders in its API's error format, never an exception.
/// </summary>
internal static class JsonBody
{
    /// <summary>Largest body accepted: ten demandes with many lines fit in a few dozen kilobytes.</summary>
    public const int MaxBytes = 1024 * 1024;

    public static async Task<(T? Value, BodyError? Error)> ReadAsync<T>(HttpRequest request, string root, CancellationToken ct) where T : class
    {
        if (!IsJson(request.ContentType))
            return (null, new BodyError(StatusCodes.Status415UnsupportedMediaType, root, "le corps doit être envoyé avec Content-Type: application/json"));
        if (request.ContentLength > MaxBytes) return (null, TooLarge(root));

        using var buffer = new MemoryStream((int)Math.Min(request.ContentLength ?? 0, MaxBytes));
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
            {
                if (buffer.Length + read > MaxBytes) return (null, TooLarge(root));
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        if (buffer.Length == 0) return (null, new BodyError(StatusCodes.Status400BadRequest, root, "le corps de la requête est vide"));

        try
        {
            // A UTF-8 byte order mark is ignored, as RFC 8259 §8.1 allows and Jackson (the real API's reader) does.
            var json = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
            if (json.StartsWith("\uFEFF"u8)) json = json[3..];
            var value = JsonSerializer.Deserialize<T>(json, ApiJson.Options);
            return value is null ? (null, new BodyError(StatusCodes.Status400BadRequest, root, "le corps de la requête est null")) : (value, null);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (ligne {line + 1}, position {e.BytePositionInLine + 1})" : "";
            return (null, new BodyError(StatusCodes.Status400BadRequest, FieldPath(root, e.Path), $"valeur ou syntaxe JSON invalide{where}"));
        }
    }

    /// <summary><c>$[0].mntFactureTTC</c> → <c>inputDemandePaiements[0].mntFactureTTC</c>.</summary>
    public static string FieldPath(string root, string? jsonPath) =>
        string.IsNullOrEmpty(jsonPath) || jsonPath == "$" ? root : root + (jsonPath[1] == '[' ? jsonPath[1..] : "." + jsonPath[2..]);

    private static bool IsJson(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType)) return false;
        var mediaType = contentType.Split(';')[0].Trim();
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (mediaType.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
    }

    private static BodyError TooLarge(string root) =>
        new(StatusCodes.Status413PayloadTooLarge, root, $"le corps de la requête dépasse {MaxBytes / 1024} Kio");
}
