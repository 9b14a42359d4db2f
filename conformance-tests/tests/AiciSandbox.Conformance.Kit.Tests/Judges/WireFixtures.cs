using AiciSandbox.Conformance.Kit.Wire;

namespace AiciSandbox.Conformance.Kit.Tests.Judges;

/// <summary>Hand-written journal exchanges, as the sandbox records them, for the judges' unit tests.</summary>
internal sealed class WireFixtures
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private readonly List<WireExchange> _exchanges = [];
    private DateTimeOffset _real = new(2026, 11, 23, 17, 0, 0, TimeSpan.Zero);

    public IReadOnlyList<WireExchange> Exchanges => _exchanges;

    public WireFixtures Token(string fingerprint, TimeSpan at) =>
        Add("POST", WireExchange.TokenPath, at, null, null, 200, $$"""{"access_token":"{{fingerprint}}","token_type":"Bearer","expires_in":3600}""");

    public WireFixtures Call(string method, string path, TimeSpan at, string? token, int status, string? body = null, string? response = null, TimeSpan? realGap = null) =>
        Add(method, WireExchange.ApiBase + path, at, token, body, status, response, realGap);

    private WireFixtures Add(string method, string path, TimeSpan at, string? token, string? body, int status, string? response, TimeSpan? realGap = null)
    {
        _real += realGap ?? TimeSpan.FromMilliseconds(5);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["User-Agent"] = "Facturo/4.2" };
        if (token is not null) headers["Authorization"] = "Bearer " + token;
        _exchanges.Add(new WireExchange(_exchanges.Count + 1, Start + at, _real, method, path, headers, body, status, response, null));
        return this;
    }
}
