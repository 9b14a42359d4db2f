using System.Text;
using System.Text.Json;
using AiciSandbox.Server.Journal;

namespace AiciSandbox.Server.Web;

/// <summary>A journal entry as a curl command a tester pastes to replay it, and its bodies as indented JSON.</summary>
public static class Curl
{
    /// <summary>The command, against <c>$BASE</c> with <c>$TOKEN</c> (the journal keeps only a token's fingerprint, never the token).</summary>
    public static string Of(JournalEntry e)
    {
        var command = new StringBuilder($"curl -X {e.Method} \"$BASE{e.Path}{e.Query}\"");
        if (e.RequestHeaders.ContainsKey("Authorization")) command.Append(" -H \"Authorization: Bearer $TOKEN\"");
        if (e.RequestHeaders.TryGetValue("Content-Type", out var type)) command.Append($" -H 'Content-Type: {Quote(type)}'");
        if (e.RequestBody is { } body) command.Append($" -d '{Quote(body)}'");
        return command.ToString();
    }

    public static string Pretty(string? body)
    {
        if (string.IsNullOrEmpty(body)) return "";
        try
        {
            using var document = JsonDocument.Parse(body);
            return JsonSerializer.Serialize(document.RootElement, new JsonSerializerOptions
            {
                WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            });
        }
        catch (JsonException)
        {
            return body;
        }
    }

    private static string Quote(string text) => text.Replace("'", "'\\''", StringComparison.Ordinal);
}
