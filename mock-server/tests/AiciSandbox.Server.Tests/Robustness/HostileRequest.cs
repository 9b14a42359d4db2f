using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace AiciSandbox.Server.Tests.Robustness;

/// <summary>Which error format an answer must use: URSSAF array, RFC 6749 JSON, or problem+json.</summary>
public enum Surface
{
    Urssaf,
    Token,
    Control,
}

/// <summary>
/// One generated request of the storm. The content is built on demand (an <see cref="HttpContent"/> is sent once);
/// <see cref="ExpectedStatus"/> is set when the answer is known in advance (413 over the size limit, 415 for a non-JSON type).
/// </summary>
public sealed record HostileRequest(string Name, Surface Surface, HttpMethod Method, string Path, Func<HttpContent?> Content, HttpStatusCode? ExpectedStatus = null)
{
    public AuthenticationHeaderValue? Authorization { get; init; }

    /// <summary>When false the request goes without the tenant's bearer token (token endpoint calls).</summary>
    public bool WithBearer { get; init; } = true;

    public override string ToString() => $"{Method} {Path} [{Name}]";

    public static HttpContent Bytes(byte[] data, string? mediaType)
    {
        var content = new ByteArrayContent(data);
        if (mediaType is not null) content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        return content;
    }

    public static HttpContent Text(string text, string? mediaType = "application/json") => Bytes(Encoding.UTF8.GetBytes(text), mediaType);
}

/// <summary>A body of unknown length: <see cref="HttpClient"/> sends it with <c>Transfer-Encoding: chunked</c>, in 4 KiB chunks.</summary>
public sealed class ChunkedContent : HttpContent
{
    private readonly byte[] data;

    public ChunkedContent(byte[] data, string? mediaType)
    {
        this.data = data;
        if (mediaType is not null) Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        for (var offset = 0; offset < data.Length; offset += 4096)
        {
            await stream.WriteAsync(data.AsMemory(offset, Math.Min(4096, data.Length - offset)));
            await stream.FlushAsync();
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = -1;
        return false;
    }
}
