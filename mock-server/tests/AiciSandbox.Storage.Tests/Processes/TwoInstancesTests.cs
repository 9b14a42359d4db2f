using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using AiciSandbox.Storage.Tests.PostgreSql;
using AiciSandbox.Storage.Tests.Support;
using AiciSandbox.Testing;

namespace AiciSandbox.Storage.Tests.Processes;

/// <summary>
/// Scale-out (docs/scaling.md): two sandbox processes on one PostgreSQL database serve the same tenant at the same time —
/// the same invoice numbers sent to both, clock advances on both. The tenant's advisory lock makes them take turns: no
/// number accepted twice, no advance lost, no transition applied twice, and neither serves a state the other has moved on.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TwoInstancesTests(PostgresServer server)
{
    private const int Numeros = 40;
    private const int AdvancesPerInstance = 5;
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(5);

    private readonly PostgresDatabase database = server.DatabaseFor(typeof(TwoInstancesTests));

    [StorageFact]
    public async Task TwoInstances_SubmittingAndAdvancingTheSameTenant_TakeTurns()
    {
        string[] settings = ["--Sandbox:Storage:Provider=PostgreSql", $"--Sandbox:Storage:PostgresConnectionString={await database.ConnectionStringAsync()}"];
        await using var first = await ServerProcess.StartAsync(settings);
        await using var second = await ServerProcess.StartAsync(settings);
        using var httpA = first.NewClient();
        using var httpB = second.NewClient();
        var (a, particuliers) = await SubmissionLoad.PrepareTenantAsync(httpA, 3);
        var b = a.Share(httpB);
        var start = Now(await (await b.ClockAsync()).ShouldBeOkJsonAsync());
        var numeros = Enumerable.Range(0, Numeros).Select(_ => TestData.NumeroFacture()).ToList();

        // The same numbers on both instances, in the same order, while both move the clock (5 min steps: the token lives 1 h).
        var onA = Task.Run(() => SubmitAllAsync(a, numeros, particuliers));
        var onB = Task.Run(() => SubmitAllAsync(b, numeros, particuliers));
        var advancesA = Task.Run(() => AdvanceAsync(a));
        var advancesB = Task.Run(() => AdvanceAsync(b));
        await Task.WhenAll(onA, onB, advancesA, advancesB);

        var (acceptedA, acceptedB) = (await onA, await onB);
        acceptedA.Intersect(acceptedB).Should().BeEmpty("an invoice number is accepted once, whichever instance gets it");
        acceptedA.Union(acceptedB).Should().BeEquivalentTo(numeros);
        (await advancesA).Concat(await advancesB).Should().AllSatisfy(s => s.Should().Be(HttpStatusCode.OK));
        Now(await (await a.ClockAsync()).ShouldBeOkJsonAsync()).Should().Be(start + 2 * AdvancesPerInstance * Step, "no advance is lost");

        // A move on one instance is what the other serves next: no stale tenant kept in memory.
        var moved = await (await a.AdvanceClockAsync(new JsonObject { ["duration"] = "PT1M" })).ShouldBeOkJsonAsync();
        Now(await (await b.ClockAsync()).ShouldBeOkJsonAsync()).Should().Be(Now(moved["clock"]!));

        // One more minute: every demande has passed its notification (1 min after submission).
        var transitions = await a.TransitionsAsync("limit=1000");
        var moves = transitions.Select(t => (Object: t!["objectId"]!.GetValue<string>(), From: t["from"]!.GetValue<string>(), To: t["to"]!.GetValue<string>())).ToList();
        moves.Should().OnlyHaveUniqueItems("no transition is applied twice");
        foreach (var chain in moves.GroupBy(m => m.Object))
            chain.Zip(chain.Skip(1)).Should().AllSatisfy(p => p.Second.From.Should().Be(p.First.To, $"{chain.Key} moves from where it was"));
        moves.Count(m => m.From == "10" && m.To == "20").Should().Be(Numeros, "every demande was notified, once");

    }

    private static async Task<List<string>> SubmitAllAsync(SandboxApi api, IReadOnlyList<string> numeros, IReadOnlyList<string> particuliers)
    {
        var accepted = new List<string>();
        for (var i = 0; i < numeros.Count; i++)
            if (await SubmissionLoad.SubmitOneAsync(api, particuliers[i % particuliers.Count], numeros[i]) is { } numero) accepted.Add(numero);
        return accepted;
    }

    private static async Task<List<HttpStatusCode>> AdvanceAsync(SandboxApi api)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < AdvancesPerInstance; i++)
            statuses.Add((await api.AdvanceClockAsync(new JsonObject { ["duration"] = "PT5M" })).StatusCode);
        return statuses;
    }

    private static DateTimeOffset Now(JsonNode clock) =>
        DateTimeOffset.Parse(clock["now"]!.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
