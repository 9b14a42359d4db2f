using System.Net.Sockets;
using System.Text;

namespace AiciSandbox.Server.Tests.Hardening;

/// <summary>An answer read off the socket: status line, headers (names lower-cased) and body, de-chunked.</summary>
public sealed record RawAnswer(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? ContentType => Headers.TryGetValue("content-type", out var type) ? type : null;
}

/// <summary>
/// Sends bytes that no well-behaved client would send (a CR inside a header, a NUL in the path, two Host headers…)
/// straight over TCP to the sandbox on loopback, and reads the answer until the server closes or has sent it whole.
/// </summary>
public static class RawHttp
{
    public static async Task<RawAnswer> SendAsync(Uri baseAddress, byte[] request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(baseAddress.Host, baseAddress.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(request);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var received = new MemoryStream();
        var buffer = new byte[64 * 1024];
        while (!Complete(received.ToArray()))
        {
            int read;
            try
            {
                read = await stream.ReadAsync(buffer, timeout.Token);
            }
            catch (IOException)
            {
                break;
            }
            if (read == 0) break;
            received.Write(buffer, 0, read);
        }
        return Parse(received.ToArray());
    }

    public static Task<RawAnswer> SendAsync(Uri baseAddress, string request) => SendAsync(baseAddress, Encoding.Latin1.GetBytes(request));

    private static bool Complete(byte[] data)
    {
        var text = Encoding.Latin1.GetString(data);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end < 0) return false;
        var head = text[..end].ToLowerInvariant();
        if (head.Contains("transfer-encoding: chunked")) return text.EndsWith("\r\n0\r\n\r\n", StringComparison.Ordinal);
        var length = head.Split("\r\n").FirstOrDefault(l => l.StartsWith("content-length:", StringComparison.Ordinal));
        return length is not null && data.Length - (end + 4) >= int.Parse(length[15..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static RawAnswer Parse(byte[] data)
    {
        var text = Encoding.Latin1.GetString(data);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end < 0) throw new InvalidOperationException($"No HTTP answer: «{text}»");
        var lines = text[..end].Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).ToDictionary(p => p[0].Trim().ToLowerInvariant(), p => p[1].Trim());
        var body = text[(end + 4)..];
        if (headers.TryGetValue("transfer-encoding", out var te) && te.Contains("chunked", StringComparison.OrdinalIgnoreCase)) body = Dechunk(body);
        return new RawAnswer(status, headers, Encoding.UTF8.GetString(Encoding.Latin1.GetBytes(body)));
    }

    private static string Dechunk(string chunked)
    {
        var body = new StringBuilder();
        var at = 0;
        while (true)
        {
            var lineEnd = chunked.IndexOf("\r\n", at, StringComparison.Ordinal);
            var size = Convert.ToInt32(chunked[at..lineEnd], 16);
            if (size == 0) return body.ToString();
            body.Append(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
