using AiciSandbox.Server.Json;

namespace AiciSandbox.Server.Control;

/// <summary>Control-API bodies: read as JSON, answered with problem details when unreadable; some may be absent.</summary>
internal static class ControlBody
{
    public static async Task<(T? Value, IResult? Error)> ReadAsync<T>(HttpRequest http, string root, CancellationToken ct) where T : class
    {
        var (value, error) = await JsonBody.ReadAsync<T>(http, root, ct);
        return error is null ? (value, null) : (null, ControlResults.From(error));
    }

    /// <summary>An absent body means <paramref name="defaults"/>.</summary>
    public static Task<(T? Value, IResult? Error)> ReadOptionalAsync<T>(HttpRequest http, string root, T defaults, CancellationToken ct) where T : class =>
        http.ContentLength is > 0 || http.Headers.TransferEncoding.Count > 0
            ? ReadAsync<T>(http, root, ct)
            : Task.FromResult<(T?, IResult?)>((defaults, null));
}
