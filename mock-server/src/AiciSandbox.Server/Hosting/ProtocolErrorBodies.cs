using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace AiciSandbox.Server.Hosting;

/// <summary>
/// Kestrel rejects some requests before the application sees them — a bad <c>Content-Length</c>, a CR inside a header, a
/// NUL or invalid UTF-8 in the path, a duplicate <c>Host</c>, a request line too long (414), headers too large (431) — and
/// answers with an empty body. Kestrel offers no hook for that answer, so this connection adapter recognises it on the
/// way out (status 400/408/413/414/431/501/505 with <c>Content-Length: 0</c> and <c>Connection: close</c>: only Kestrel
/// writes that) and gives it an RFC 9457 problem-details body, code <c>REQUETE_HTTP_INVALIDE</c>. Problem details because
/// at this point nothing of the request can be trusted, not even which surface it aimed at (docs/decisions.md).
/// </summary>
internal static class ProtocolErrorBodies
{
    public const string Code = "REQUETE_HTTP_INVALIDE";

    private static readonly System.Text.Json.JsonSerializerOptions RelaxedJson =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void UseProtocolErrorBodies(this ListenOptions listen) => listen.Use(next => async connection =>
    {
        var transport = connection.Transport;
        connection.Transport = new Duplex(transport.Input, new Writer(transport.Output));
        try
        {
            await next(connection);
        }
        finally
        {
            connection.Transport = transport;
        }
    });

    /// <summary>The complete answer Kestrel would send, with a body when it is one of Kestrel's bare rejections.</summary>
    internal static byte[]? WithBody(ReadOnlySpan<byte> head)
    {
        if (head.Length > 512 || !head.StartsWith("HTTP/1.1 "u8) || !head.EndsWith("\r\n\r\n"u8)) return null;
        if (head.IndexOf("\r\nContent-Length: 0\r\n"u8) < 0 || head.IndexOf("\r\nConnection: close\r\n"u8) < 0) return null;
        if (!int.TryParse(head.Slice(9, 3), out var status) || Detail(status) is not { } detail) return null;

        var body = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["type"] = $"https://httpwg.org/specs/rfc9110.html#status.{status}",
            ["title"] = Code,
            ["status"] = status,
            ["detail"] = detail,
            ["code"] = Code,
        }, RelaxedJson);
        var text = Encoding.ASCII.GetString(head).Replace("\r\nContent-Length: 0\r\n",
            $"\r\nContent-Type: application/problem+json; charset=utf-8\r\nContent-Length: {body.Length}\r\n", StringComparison.Ordinal);
        return [.. Encoding.ASCII.GetBytes(text), .. body];
    }

    private static string? Detail(int status) => status switch
    {
        400 => "Requête HTTP mal formée (ligne de requête, chemin, en-têtes, Content-Length ou corps chunked), rejetée avant tout traitement.",
        408 => "La requête n'est pas arrivée à temps.",
        413 => "Le corps de la requête est trop grand.",
        414 => "L'URI de la requête est trop longue.",
        431 => "Les en-têtes de la requête sont trop grands.",
        501 => "Transfer-Encoding non pris en charge.",
        505 => "Version HTTP non prise en charge.",
        _ => null,
    };

    private sealed class Duplex(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input { get; } = input;
        public PipeWriter Output { get; } = output;
    }

    /// <summary>Holds what Kestrel writes until it flushes, then passes it on (rewritten when it is a bare rejection).</summary>
    private sealed class Writer(PipeWriter inner) : PipeWriter
    {
        private readonly ArrayBufferWriter<byte> pending = new(4096);

        public override void Advance(int bytes) => pending.Advance(bytes);

        public override Memory<byte> GetMemory(int sizeHint = 0) => pending.GetMemory(sizeHint);

        public override Span<byte> GetSpan(int sizeHint = 0) => pending.GetSpan(sizeHint);

        public override bool CanGetUnflushedBytes => true;

        public override long UnflushedBytes => pending.WrittenCount;

        public override void CancelPendingFlush() => inner.CancelPendingFlush();

        public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default)
        {
            PassOn();
            return inner.FlushAsync(cancellationToken);
        }

        public override void Complete(Exception? exception = null)
        {
            PassOn();
            inner.Complete(exception);
        }

        public override async ValueTask CompleteAsync(Exception? exception = null)
        {
            PassOn();
            await inner.CompleteAsync(exception);
        }

        private void PassOn()
        {
            if (pending.WrittenCount == 0) return;
            var written = pending.WrittenSpan;
            if (WithBody(written) is { } rewritten) inner.Write(rewritten);
            else inner.Write(written);
            pending.ResetWrittenCount();
        }
    }
}
