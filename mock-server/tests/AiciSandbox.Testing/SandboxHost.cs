using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace AiciSandbox.Testing;

/// <summary>
/// The sandbox in-process, on its own SQLite file (deleted on dispose), so tests never share data through the database.
/// <see cref="StartOnLoopback"/> serves it over real HTTP on 127.0.0.1 instead of the in-memory test server;
/// <see cref="Reusing"/> opens a host on a file that outlives it, to test a restart; <see cref="UseFakeRealTime"/> puts the
/// host's real clock in the test's hands, to play the accelerated mode without waiting.
/// </summary>
public sealed class SandboxHost : WebApplicationFactory<Program>
{
    private readonly string databasePath;
    private readonly bool deleteOnDispose;
    private readonly Dictionary<string, string?> settings = new();
    private FakeTimeProvider? realTime;

    public SandboxHost() : this(NewDatabasePath(), deleteOnDispose: true)
    {
    }

    private SandboxHost(string databasePath, bool deleteOnDispose) =>
        (this.databasePath, this.deleteOnDispose) = (databasePath, deleteOnDispose);

    public string DatabasePath => databasePath;

    /// <summary>A host on <paramref name="databasePath"/> that leaves the file in place when disposed (the caller deletes it).</summary>
    public static SandboxHost Reusing(string databasePath) => new(databasePath, deleteOnDispose: false);

    /// <summary>A fresh, unused SQLite path in the temporary folder.</summary>
    public static string NewDatabasePath() => Path.Combine(Path.GetTempPath(), $"aicisandbox-test-{Guid.NewGuid():N}.db");

    /// <summary>Deletes an SQLite file and its WAL companions.</summary>
    public static void DeleteDatabase(string databasePath)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(databasePath + suffix);
    }

    /// <summary>Adds a configuration value (e.g. <c>Sandbox:Storage:Provider</c>) before the host starts.</summary>
    public SandboxHost With(string key, string? value)
    {
        settings[key] = value;
        return this;
    }

    /// <summary>
    /// Replaces the sandbox's real clock (the <see cref="TimeProvider"/> singleton of the composition root) with a fake that
    /// moves only when the test advances it; call before the host starts. Simulated time of a manual tenant does not care;
    /// an accelerated tenant's clock moves <c>speed</c> times what the fake moves.
    /// </summary>
    public FakeTimeProvider UseFakeRealTime(DateTimeOffset start)
    {
        realTime = new FakeTimeProvider(start);
        return realTime;
    }

    /// <summary>Starts Kestrel on a free loopback port and returns the base address.</summary>
    public Uri StartOnLoopback()
    {
        UseKestrel(0);
        StartServer();
        return ClientOptions.BaseAddress;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("Sandbox:Storage:SqlitePath", databasePath);
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        if (realTime is { } fake)
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(fake);
            });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (deleteOnDispose) DeleteDatabase(databasePath);
        else Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
