using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace AiciSandbox.Storage.Tests.PostgreSql;

/// <summary>
/// A private PostgreSQL server for the test run: <c>initdb</c> in a new temporary folder, <c>pg_ctl start</c> on 127.0.0.1 and a
/// free port (socket files in that folder too), trust authentication for the <c>postgres</c> superuser. Disposing stops it
/// and deletes the folder. Nothing of the machine's own clusters is used or touched.
/// </summary>
/// <remarks>
/// initdb and postgres refuse to run as root; when the tests run as root, the server runs as the <c>postgres</c> OS user
/// (created by Debian's package) through <c>runuser</c>, in a folder that user owns. Durability settings are off
/// (<c>fsync</c>, synchronous commit): the data only has to outlive a clean restart, never a machine crash.
/// </remarks>
public sealed class PostgresServer : IAsyncLifetime
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(120);
    private readonly Dictionary<Type, PostgresDatabase> databases = new();
    private string? binaries;
    private string? root;
    private int port;

    private string DataDirectory => Path.Combine(root!, "data");
    private string LogFile => Path.Combine(root!, "server.log");

    /// <summary>The fresh database of <paramref name="testClass"/> (created on first use).</summary>
    public PostgresDatabase DatabaseFor(Type testClass)
    {
        lock (databases)
        {
            if (!databases.TryGetValue(testClass, out var database))
                databases[testClass] = database = new PostgresDatabase(this, $"t{databases.Count + 1}_{Identifier(testClass.Name)}");
            return database;
        }
    }

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1", Port = port, Username = "postgres", Database = database, Timeout = 30, IncludeErrorDetail = true,
    }.ConnectionString;

    public async Task InitializeAsync()
    {
        if (PostgresAvailability.SkipReason is not null) return;
        binaries = PostgresBinaries.FindDirectory() ?? throw new InvalidOperationException(PostgresAvailability.Missing);
        root = Directory.CreateTempSubdirectory("aicisandbox-pg-").FullName;
        if (Environment.IsPrivilegedProcess)
            await OsCommand.RunAsync("chown", ["-R", "postgres:postgres", root], root, CommandTimeout);
        await PgAsync("initdb", "-D", DataDirectory, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync");
        await StartOnFreePortAsync();
    }

    public async Task DisposeAsync()
    {
        if (root is null) return;
        try
        {
            if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
                await PgAsync("pg_ctl", "-D", DataDirectory, "-m", "fast", "-w", "-t", "60", "stop");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>Stops and starts the server (fast shutdown: committed data is flushed, sessions are ended).</summary>
    public Task RestartAsync() => PgAsync("pg_ctl", "-D", DataDirectory, "-l", LogFile, "-m", "fast", "-w", "-t", "60", "restart");

    internal async Task CreateDatabaseAsync(string name)
    {
        // Unpooled: a pooled connection would not survive RestartAsync.
        await using var admin = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false");
        await admin.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
        await create.ExecuteNonQueryAsync();
    }

    /// <summary>Picks a free port and starts; another process may take the port in between, so this tries three times.</summary>
    private async Task StartOnFreePortAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            port = FreePort();
            var options = $"-p {port} -c listen_addresses=127.0.0.1 -k '{root}' -c max_connections=200 " +
                          "-c fsync=off -c synchronous_commit=off -c full_page_writes=off";
            try
            {
                await PgAsync("pg_ctl", "-D", DataDirectory, "-l", LogFile, "-o", options, "-w", "-t", "60", "start");
                return;
            }
            catch (InvalidOperationException failure) when (attempt == 3)
            {
                var log = File.Exists(LogFile) ? await File.ReadAllTextAsync(LogFile) : "(no server log)";
                throw new InvalidOperationException($"PostgreSQL did not start: {failure.Message}\nServer log:\n{log}", failure);
            }
            catch (InvalidOperationException)
            {
                // The port was probably taken in between: try another one.
            }
        }
    }

    /// <summary>Runs a PostgreSQL program, as the <c>postgres</c> OS user when this process is root.</summary>
    private Task<string> PgAsync(string program, params string[] arguments)
    {
        var path = Path.Combine(binaries!, program);
        return Environment.IsPrivilegedProcess
            ? OsCommand.RunAsync("runuser", ["-u", "postgres", "--", path, .. arguments], root!, CommandTimeout)
            : OsCommand.RunAsync(path, arguments, root!, CommandTimeout);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Identifier(string name)
    {
        var safe = new string(name.ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c == '_').ToArray());
        return safe.Length > 50 ? safe[..50] : safe;
    }
}
