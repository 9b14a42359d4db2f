using System.Collections.Concurrent;
using AiciSandbox.Storage.Tests.PostgreSql;
using AiciSandbox.Storage.Tests.Support;
using AiciSandbox.Testing;

namespace AiciSandbox.Storage.Tests.Processes;

/// <summary>
/// Durable before acknowledged (ARCHITECTURE §8): a server process under a load of submissions is killed with SIGKILL in
/// the middle of it, a new process is started on the same database, and every demande the first one acknowledged (answered
/// 200, statut 10) is there. Runs on SQLite (same file) and PostgreSQL (same database).
/// </summary>
public abstract class KillDurabilityContract
{
    /// <summary>Acknowledged demandes after which the server is killed, with the other workers' requests in flight.</summary>
    private const int KillAfter = 150;
    private const int Workers = 8;

    protected abstract Task<IReadOnlyList<string>> StorageSettingsAsync();

    [StorageFact]
    public async Task EveryAcknowledgedDemande_IsFound_AfterAKill9AndARestartOnTheSameDatabase()
    {
        var settings = await StorageSettingsAsync();
        var acknowledged = new ConcurrentBag<string>();
        SandboxApi tenant;
        await using (var server = await ServerProcess.StartAsync(settings))
        {
            using var http = server.NewClient();
            (tenant, var particuliers) = await SubmissionLoad.PrepareTenantAsync(http, 4);
            var killed = new TaskCompletionSource();
            var loops = Enumerable.Range(0, Workers).Select(w => Task.Run(async () =>
            {
                using var own = server.NewClient();
                var api = tenant.Share(own);
                for (var i = 0; !killed.Task.IsCompleted; i++)
                {
                    try
                    {
                        if (await SubmissionLoad.SubmitOneAsync(api, particuliers[(w + i) % particuliers.Count], TestData.NumeroFacture()) is not { } numero) continue;
                        acknowledged.Add(numero);
                    }
                    catch (HttpRequestException)
                    {
                        return; // the server is gone: what was in flight was never acknowledged
                    }
                    if (acknowledged.Count >= KillAfter && killed.TrySetResult()) server.Kill();
                }
            })).ToList();
            await Task.WhenAll(loops);
        }

        acknowledged.Count.Should().BeGreaterThanOrEqualTo(KillAfter);
        await using var restarted = await ServerProcess.StartAsync(settings);
        using var again = restarted.NewClient();
        var api = new SandboxApi(again, tenant.ClientId, tenant.ClientSecret);
        await api.AuthenticateAsync();
        var found = await SubmissionLoad.FindAsync(api, acknowledged);
        acknowledged.Except(found).Should().BeEmpty("every demande answered 200 was committed before its answer");
    }
}

public sealed class SqliteKillDurabilityTests : KillDurabilityContract, IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("aici-kill-").FullName;

    protected override Task<IReadOnlyList<string>> StorageSettingsAsync() =>
        Task.FromResult<IReadOnlyList<string>>([$"--Sandbox:Storage:SqlitePath={Path.Combine(directory, "sandbox.db")}"]);

    public void Dispose() => Directory.Delete(directory, recursive: true);
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresKillDurabilityTests(PostgresServer server) : KillDurabilityContract
{
    private readonly PostgresDatabase database = server.DatabaseFor(typeof(PostgresKillDurabilityTests));

    protected override async Task<IReadOnlyList<string>> StorageSettingsAsync() =>
        ["--Sandbox:Storage:Provider=PostgreSql", $"--Sandbox:Storage:PostgresConnectionString={await database.ConnectionStringAsync()}"];
}
