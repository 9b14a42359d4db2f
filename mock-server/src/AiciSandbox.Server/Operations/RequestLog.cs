using System.Diagnostics;

namespace AiciSandbox.Server.Operations;

/// <summary>
/// One log line per request (category <c>AiciSandbox.Requests</c>, level Information): method, path, status, duration.
/// The query string is left out (it may carry an e-mail address); bodies and headers never reach the log. ASP.NET Core's
/// own per-request lines are lowered to Warning by <see cref="Hosting.LogSafety.KeepSecretsOutOfLogs"/>; set
/// <c>Logging:LogLevel:AiciSandbox.Requests=Warning</c> to silence this one too.
/// </summary>
internal sealed partial class RequestLog(RequestDelegate next, ILoggerFactory loggers)
{
    public const string Category = "AiciSandbox.Requests";

    private readonly ILogger logger = loggers.CreateLogger(Category);

    public async Task InvokeAsync(HttpContext http)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(http);
        }
        finally
        {
            if (logger.IsEnabled(LogLevel.Information))
                Served(logger, http.Request.Method, http.Request.Path.Value ?? "/", http.Response.StatusCode,
                    Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Method} {Path} {Status} {ElapsedMs:0.0} ms")]
    private static partial void Served(ILogger logger, string method, string path, int status, double elapsedMs);
}
