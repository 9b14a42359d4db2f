using System.Net;
using AiciSandbox.Server.Tests.Hardening;
using AiciSandbox.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace AiciSandbox.Server.Tests.Operations;

/// <summary>By default a request writes one log line, method, path without query, status and duration; no secret.</summary>
public sealed class RequestLogTests
{
    [Fact]
    public async Task ARequest_WritesOneConciseLine_WithoutQueryStringOrSecrets()
    {
        var logs = new LogCapture("Microsoft.Hosting.Lifetime");
        await using var sandbox = new SandboxHost();
        await using var host = sandbox.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        var http = host.CreateClient();
        var token = await SandboxApi.TokenAsync(http, SandboxApi.DefaultClientId, SandboxApi.DefaultClientSecret, "homeplus.tiersprestations");
        logs.Clear();

        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var answer = await http.GetAsync("/atp/v1/tiersPrestations/particulier?adresseMail=jeanne.martin%40example.fr");

        answer.StatusCode.Should().NotBe(HttpStatusCode.InternalServerError);
        var line = logs.Lines.Should().ContainSingle().Subject;
        line.Should().MatchRegex($@"^AiciSandbox\.Requests: GET /atp/v1/tiersPrestations/particulier {(int)answer.StatusCode} \d+\.\d ms$");
        logs.Lines.Should().NotContain(l => l.Contains("example.fr") || l.Contains(token) || l.Contains(SandboxApi.DefaultClientSecret));
    }
}
