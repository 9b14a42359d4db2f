using System.Net;
using System.Text.RegularExpressions;

namespace AiciSandbox.Bench;

/// <summary>
/// Prism 5.16 (<c>@stoplight/prism-cli</c>, from npm) mocking the official Swagger of the API: the generic OpenAPI mock a
/// team would pick instead of the sandbox. It validates each request against the spec (bearer token required, body schema)
/// and answers from the spec's examples; it keeps no state and has no token endpoint, so (e) measures it on search and
/// submit only.
/// </summary>
internal static partial class PrismHost
{
    public const string Name = "Prism 5.16 (official Swagger)";

    public static async Task<Target> StartAsync(string prism, string spec, CancellationToken ct)
    {
        var port = ServerProcess.FreePort();
        var server = ServerProcess.Start(Name, prism, ["mock", Path.GetFullPath(spec), "-h", "127.0.0.1", "-p", $"{port}", "--errors", "false"], port);
        var http = Load.KeepAliveClient();
        var target = new Target(Name, server, http) { OnlyOperations = ["search", "submit"] };
        // Prism answers 4xx to a bare GET of a POST path once it listens; any answer means ready.
        BenchRun.ColdStarts[Name] = await server.WaitReadyAsync(http, "/", ct, anyAnswer: true);
        var basePath = await BasePathAsync(http, server.BaseUrl, ct);
        var token = "bench-prism";
        var ids = Enumerable.Repeat("00000000-0000-0000-0000-000000000000", 20).ToArray();
        target.Search = Accepting200(BenchRun.Search(token, server.BaseUrl), basePath);
        target.Submit = Accepting200(BenchRun.Submit(ids, token, server.BaseUrl), basePath);
        BenchRun.Log($"{Name} ready on {server.BaseUrl}{basePath} (pid {server.Pid})");
        return target;
    }

    /// <summary>Prism serves the Swagger's paths under its <c>basePath</c> (<c>/ATP/v1</c>) or at the root, by version: ask it.</summary>
    private static async Task<string> BasePathAsync(HttpClient http, Uri baseUrl, CancellationToken ct)
    {
        foreach (var candidate in new[] { "/ATP/v1", "" })
        {
            using var answer = await http.PostAsync(new Uri(baseUrl, candidate + "/demandePaiement/rechercher"), new StringContent("{}"), ct);
            if (answer.StatusCode != HttpStatusCode.NotFound) return candidate;
        }
        throw new InvalidOperationException("Prism serves neither /ATP/v1/demandePaiement/rechercher nor /demandePaiement/rechercher.");
    }

    /// <summary>
    /// The sandbox's request, sent to Prism's path for it; any 200 is the expected answer (Prism's body is an example). Its
    /// dates are written as the Swagger's <c>format: date</c> wants them (<c>2026-03-02</c>): the real API and the sandbox take
    /// date-times there (openapi/urssaf-tiers-prestation.v1.yaml lists the difference), and Prism refuses them with a 400.
    /// </summary>
    private static Operation Accepting200(Operation op, string basePath) => new(op.Name, i =>
    {
        var request = op.Build(i);
        var path = request.RequestUri!.AbsolutePath.Replace(SandboxSession.Api, basePath, StringComparison.Ordinal);
        request.RequestUri = new Uri(request.RequestUri, path);
        var body = request.Content!.ReadAsStringAsync().GetAwaiter().GetResult();
        var type = request.Content.Headers.ContentType;
        request.Content = new StringContent(DateTimeValue().Replace(body, "${date}"));
        request.Content.Headers.ContentType = type;
        return request;
    }, (status, _) => status == HttpStatusCode.OK);

    [GeneratedRegex(@"(?<date>\d{4}-\d{2}-\d{2})T[0-9:.]+Z")]
    private static partial Regex DateTimeValue();
}
