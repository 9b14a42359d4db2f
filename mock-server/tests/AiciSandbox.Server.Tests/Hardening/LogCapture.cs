using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace AiciSandbox.Server.Tests.Hardening;

/// <summary>
/// Every line the sandbox logs at Information and above (what its console shows by default), message and exception, but
/// for the categories it is told to ignore.
/// </summary>
public sealed class LogCapture(params string[] ignoredCategories) : ILoggerProvider
{
    private readonly ConcurrentQueue<string> lines = new();

    public IReadOnlyList<string> Lines => lines.ToList();

    public void Clear() => lines.Clear();

    public ILogger CreateLogger(string categoryName) =>
        new Logger(categoryName, ignoredCategories.Contains(categoryName) ? new ConcurrentQueue<string>() : lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) lines.Enqueue($"{category}: {formatter(state, exception)}{(exception is null ? "" : " " + exception)}");
        }
    }
}
