using AiciSandbox.Server.Storage;

namespace AiciSandbox.Server.Hosting;

/// <summary>
/// The writes that follow behind the answers (journal entries, <see cref="SqlConnectionFactory.WriteBehindAsync"/>): a failed
/// one is logged (a trace missing from a tenant's journal), and a server that stops commits the queued ones before it exits.
/// </summary>
internal static class WritesBehind
{
    /// <summary>How long a stopping server waits for the queued writes (they are milliseconds of work).</summary>
    private static readonly TimeSpan StopWait = TimeSpan.FromSeconds(10);

    public static void KeepWritesBehind(this WebApplication app)
    {
        var connections = app.Services.GetRequiredService<SqlConnectionFactory>();
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("AiciSandbox.Journal");
        // The exception's type and message only: never the entry (it could hold a tenant's data).
        connections.WriteBehindFailed = e => log.LogWarning("A journal entry could not be written: {Error}: {Message}", e.GetType().Name, e.Message);
        app.Lifetime.ApplicationStopped.Register(() => connections.WrittenBehindAsync().Wait(StopWait));
    }
}
