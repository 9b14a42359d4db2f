using System.Collections.Concurrent;
using System.Net;
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
        var logs = new CapturedLogs();
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

    private sealed class CapturedLogs : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> lines = new();

        public IReadOnlyList<string> Lines => lines.ToList();

        public void Clear() => lines.Clear();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel) && category != "Microsoft.Hosting.Lifetime") lines.Enqueue($"{category}: {formatter(state, exception)}");
            }
        }
    }
}
