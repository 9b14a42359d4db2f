using System.Text;

namespace AiciSandbox.Conformance.Kit.Wire;

/// <summary>The exchanges as the reports show them: one line each, or in full with headers and bodies.</summary>
public static class WireReport
{
    private const int MaxBody = 4000;

    public static string Lines(IEnumerable<WireExchange> exchanges) => string.Join('\n', exchanges.Select(e => e.Line));

    public static string Detailed(IEnumerable<WireExchange> exchanges, Uri sandbox)
    {
        var text = new StringBuilder();
        foreach (var e in exchanges)
        {
            text.AppendLine(e.Line);
            foreach (var (name, value) in e.RequestHeaders.Where(h => h.Key is "Authorization" or "User-Agent" or "Content-Type"))
                text.AppendLine($"  {name}: {value}");
            if (e.RequestBody is { Length: > 0 } request) text.AppendLine("  requête : " + Cut(request));
            if (e.ResponseBody is { Length: > 0 } response) text.AppendLine("  réponse : " + Cut(response));
            text.AppendLine("  rejouer : " + Cut(Curl.Of(e, sandbox)));
            text.AppendLine();
        }
        return text.ToString();
    }

    private static string Cut(string body) => body.Length <= MaxBody ? body : body[..MaxBody] + "…";
}
