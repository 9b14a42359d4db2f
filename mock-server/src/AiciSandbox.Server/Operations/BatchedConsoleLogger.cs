using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace AiciSandbox.Server.Operations;

/// <summary>
/// The console log, formatted exactly as ASP.NET Core's console logger does (same formatter, same options, same
/// <c>Logging:Console</c> section), but written in batches: the lines that queue up while one write is under way leave in
/// the next single write. The stock logger wrote and flushed each line on its own (one system call per request: 4–5 % of
/// the CPU of a request under load, by profile).
/// </summary>
[ProviderAlias("Console")]
internal sealed class BatchedConsoleLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private readonly ConsoleFormatter formatter;
    private readonly LogLevel errorThreshold;
    private readonly Channel<string> lines = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task writer;
    private IExternalScopeProvider? scopes;

    public BatchedConsoleLoggerProvider(IEnumerable<ConsoleFormatter> formatters, IOptions<ConsoleLoggerOptions> options)
    {
        var name = options.Value.FormatterName ?? ConsoleFormatterNames.Simple;
        formatter = formatters.FirstOrDefault(f => f.Name == name) ?? formatters.First(f => f.Name == ConsoleFormatterNames.Simple);
        errorThreshold = options.Value.LogToStandardErrorThreshold;
        writer = Task.Run(WriteAsync);
    }

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    /// <summary>Writes what is still queued (the process is stopping), waiting at most 1.5 s as the stock logger does.</summary>
    public void Dispose()
    {
        lines.Writer.TryComplete();
        writer.Wait(TimeSpan.FromSeconds(1.5));
    }

    private async Task WriteAsync()
    {
        var batch = new System.Text.StringBuilder();
        while (await lines.Reader.WaitToReadAsync())
        {
            while (batch.Length < 64 * 1024 && lines.Reader.TryRead(out var line)) batch.Append(line);
            Console.Out.Write(batch.ToString());
            batch.Clear();
        }
    }

    private void Write<TState>(string category, LogLevel level, EventId id, TState state, Exception? exception, Func<TState, Exception?, string> format)
    {
        var text = buffer ??= new StringWriter();
        formatter.Write(new LogEntry<TState>(level, category, id, state, exception, format), scopes, text);
        var built = text.GetStringBuilder();
        if (built.Length == 0) return;
        var line = built.ToString();
        built.Clear();
        if (built.Capacity > 1024) built.Capacity = 1024;
        // Levels asked on the error output (Logging:Console:LogToStandardErrorThreshold) go there at once, as before.
        if (level >= errorThreshold) Console.Error.Write(line);
        else lines.Writer.TryWrite(line);
    }

    /// <summary>Each thread formats into its own writer, as the stock logger does.</summary>
    [ThreadStatic]
    private static StringWriter? buffer;

    private sealed class Logger(string category, BatchedConsoleLoggerProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => provider.scopes?.Push(state) ?? NullScope.Instance;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) provider.Write(category, logLevel, eventId, state, exception, formatter);
        }
    }

    private sealed class NullScope : IDisposable
    {
        public static readonly NullScope Instance = new();

        public void Dispose()
        {
        }
    }
}

internal static class BatchedConsoleLogging
{
    /// <summary>Replaces the stock console logger by <see cref="BatchedConsoleLoggerProvider"/> (its formatters and options stay).</summary>
    public static ILoggingBuilder UseBatchedConsole(this ILoggingBuilder logging)
    {
        // Windows consoles may need the stock logger's translation of colour codes: kept there.
        if (OperatingSystem.IsWindows()) return logging;
        var stock = logging.Services.Where(d => d.ServiceType == typeof(ILoggerProvider) && d.ImplementationType == typeof(ConsoleLoggerProvider)).ToList();
        foreach (var descriptor in stock) logging.Services.Remove(descriptor);
        if (stock.Count > 0) logging.Services.AddSingleton<ILoggerProvider, BatchedConsoleLoggerProvider>();
        return logging;
    }
}
