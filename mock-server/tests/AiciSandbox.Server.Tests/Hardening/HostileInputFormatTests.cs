using System.Text;
using System.Text.Json.Nodes;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Hardening;

/// <summary>The sandbox as <c>dotnet run</c> gives it to a new user: Kestrel on loopback, environment Development.</summary>
public sealed class DevelopmentLoopbackFixture : SandboxFixture
{
    public Uri BaseAddress { get; private set; } = null!;

    public override Task InitializeAsync()
    {
        BaseAddress = Host.With("environment", "Development").StartOnLoopback();
        Client = new HttpClient { BaseAddress = BaseAddress };
        return Task.CompletedTask;
    }
}

/// <summary>
/// Every kind of hostile input of issue 12 — requests Kestrel itself rejects, unreadable bodies, parameters that do not
/// bind — answered with a body in the format of the surface it hit, never an exception page, even in Development.
/// Each case is the original request of the issue, sent as raw bytes.
/// </summary>
public sealed class HostileInputFormatTests(DevelopmentLoopbackFixture fixture) : IClassFixture<DevelopmentLoopbackFixture>
{
    public enum Format
    {
        /// <summary>RFC 9457 problem details from the connection adapter: nothing of the request can be trusted.</summary>
        Protocol,
        Urssaf,
        OAuth,
        Problem,
    }

    private const string Token = "{token}";

    public static TheoryData<string, string, int, Format> Cases => new()
    {
        { "bad Content-Length", "POST /atp/v1/tiersPrestations/particulier HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n", 400, Format.Protocol },
        { "two Content-Length", "POST /api/oauth/v1/token HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab", 400, Format.Protocol },
        { "CR inside a header", "GET /sandbox/v1/clock HTTP/1.1\r\nHost: x\r\nX-Note: a\rb\r\n\r\n", 400, Format.Protocol },
        { "duplicate Host", "GET /atp/v1/tiersPrestations/particulier HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n", 400, Format.Protocol },
        { "NUL in the path", "GET /atp/v1/\0/particulier HTTP/1.1\r\nHost: x\r\n\r\n", 400, Format.Protocol },
        { "invalid UTF-8 in the path", "GET /atp/v1/\u00ff\u00fe HTTP/1.1\r\nHost: x\r\n\r\n", 400, Format.Protocol },
        { "request line too long (414)", $"GET /atp/v1/{new string('a', 10_000)} HTTP/1.1\r\nHost: x\r\n\r\n", 414, Format.Protocol },
        { "headers too large (431)", $"GET /sandbox/v1/clock HTTP/1.1\r\nHost: x\r\nX-Big: {new string('a', 40_000)}\r\n\r\n", 431, Format.Protocol },
        { "invalid chunk on the URSSAF API", Chunked("POST /atp/v1/tiersPrestations/particulier", "application/json"), 400, Format.Urssaf },
        { "invalid chunk on the token endpoint", Chunked("POST /api/oauth/v1/token", "application/x-www-form-urlencoded"), 400, Format.OAuth },
        { "invalid chunk on the control API", Chunked("POST /sandbox/v1/clock/advance", "application/json"), 400, Format.Problem },
        { "invalid chunk on a GET", Chunked("GET /atp/v1/tiersPrestations/particulier?idClient=1", "application/json"), 400, Format.Urssaf },
        { "journal limit=abc", $"GET /sandbox/v1/journal?limit=abc HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {Token}\r\n\r\n", 400, Format.Problem },
        { "journal after beyond Int64", $"GET /sandbox/v1/journal?after=99999999999999999999 HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {Token}\r\n\r\n", 400, Format.Problem },
        { "outbox limit=1e3", $"GET /sandbox/v1/outbox?limit=1e3 HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {Token}\r\n\r\n", 400, Format.Problem },
        { "multipart token request", Multipart(), 400, Format.OAuth },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task HostileRequest_IsAnsweredInItsSurfacesFormat_WithoutAStackTrace(string kind, string request, int status, Format format)
    {
        var api = await fixture.NewTenantAsync();

        var answer = await RawHttp.SendAsync(fixture.BaseAddress, request.Replace(Token, api.Token, StringComparison.Ordinal));

        answer.Status.Should().Be(status, kind);
        answer.Body.Should().NotContainAny(["   at ", "Exception", "Microsoft.AspNetCore"], $"{kind}: no stack trace, no exception page");
        var body = JsonNode.Parse(answer.Body);
        switch (format)
        {
            case Format.Protocol:
                answer.ContentType.Should().StartWith("application/problem+json");
                body!["code"]!.GetValue<string>().Should().Be("REQUETE_HTTP_INVALIDE");
                body["status"]!.GetValue<int>().Should().Be(status);
                break;
            case Format.Problem:
                answer.ContentType.Should().StartWith("application/problem+json");
                body!["status"]!.GetValue<int>().Should().Be(status);
                body["detail"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
                break;
            case Format.Urssaf:
                answer.ContentType.Should().StartWith("application/json");
                body!.AsArray().Should().NotBeEmpty().And.AllSatisfy(e => e!["code"]!.GetValue<string>().Should().StartWith("ERR"));
                break;
            case Format.OAuth:
                answer.ContentType.Should().StartWith("application/json");
                body!["error"]!.GetValue<string>().Should().Be("invalid_request");
                break;
        }
    }

    private static string Chunked(string requestLine, string contentType) =>
        $"{requestLine} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {Token}\r\nContent-Type: {contentType}\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n";

    /// <summary>The contract says <c>application/x-www-form-urlencoded</c> (facts §1): a multipart token request is refused.</summary>
    private static string Multipart()
    {
        var body = new StringBuilder();
        foreach (var (name, value) in new[] { ("grant_type", "client_credentials"), ("client_id", SandboxApi.DefaultClientId), ("client_secret", SandboxApi.DefaultClientSecret) })
            body.Append("--b0undary\r\nContent-Disposition: form-data; name=\"").Append(name).Append("\"\r\n\r\n").Append(value).Append("\r\n");
        body.Append("--b0undary--\r\n");
        return $"POST /api/oauth/v1/token HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b0undary\r\nContent-Length: {body.Length}\r\n\r\n{body}";
    }
}
