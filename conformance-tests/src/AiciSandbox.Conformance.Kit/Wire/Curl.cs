namespace AiciSandbox.Conformance.Kit.Wire;

/// <summary>A <c>curl</c> command that replays an exchange against the sandbox (the token is the one of <c>$TOKEN</c>).</summary>
public static class Curl
{
    public static string Url(WireExchange e, Uri sandbox) => new Uri(sandbox, e.Path + e.Query).ToString();

    public static string Of(WireExchange e, Uri sandbox)
    {
        var command = $"curl -X {e.Method} {Quote(Url(e, sandbox))}";
        if (e.RequestHeaders.TryGetValue("Content-Type", out var type)) command += $" -H {Quote("Content-Type: " + type)}";
        if (e.TokenFingerprint is not null && !e.IsToken) command += " -H \"Authorization: Bearer $TOKEN\"";
        if (!string.IsNullOrEmpty(e.RequestBody)) command += $" --data-raw {Quote(e.RequestBody)}";
        return command;
    }

    private static string Quote(string text) => "'" + text.Replace("'", "'\\''") + "'";
}
