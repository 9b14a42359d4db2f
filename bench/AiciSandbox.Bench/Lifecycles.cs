using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

namespace AiciSandbox.Bench;

/// <summary>How the clock is driven once the demandes are in: step by step to each next due event, or one 30-day jump.</summary>
internal enum Drive
{
    NextEvent,
    ThirtyDays,
}

internal sealed record LifecycleResult(
    int N, Drive Drive, TimeSpan Setup, TimeSpan Inscriptions, TimeSpan Activation, TimeSpan Submissions,
    TimeSpan ClockDrive, TimeSpan SlowestAdvance, int Advances, int Transitions, TimeSpan Verification, int VerifiedPaid, TimeSpan Total)
{
    public string DriveText => Drive == Drive.NextEvent ? "`{\"next\":true}` × " + Advances.ToString(CultureInfo.InvariantCulture) : "`{\"duration\":\"P30D\"}` × 1";
}

/// <summary>
/// Full lives in manual mode, in a fresh tenant each: N particuliers registered, activated by the clock, N demandes submitted in
/// batches of 10, the clock driven until each is 70 (Payée) — checked by searching every demande — all timed in real time.
/// </summary>
internal static class Lifecycles
{
    public static async Task<LifecycleResult> RunAsync(HttpClient http, Uri baseUrl, int n, Drive drive, CancellationToken ct)
    {
        var total = Stopwatch.GetTimestamp();
        var step = Stopwatch.GetTimestamp();
        TimeSpan Lap()
        {
            var lap = Stopwatch.GetElapsedTime(step);
            step = Stopwatch.GetTimestamp();
            return lap;
        }

        var admin = await SandboxSession.AdminTokenAsync(http, baseUrl, ct);
        var tenant = await SandboxSession.CreateAsync(http, baseUrl, admin, $"bench-life-{n}-{drive}", ct);
        var setup = Lap();

        var ids = new string[n];
        for (var i = 0; i < n; i++) ids[i] = await tenant.RegisterAsync(i, ct);
        var inscriptions = Lap();

        // New accounts activate themselves 5 minutes after the inscription: one day on, every particulier is APPAREILLAGE_VALIDE.
        var activated = Transitions(await tenant.AdvanceAsync("""{"duration":"P1D"}""", ct)).Count(t => t["to"]?.GetValue<string>() == "APPAREILLAGE_VALIDE");
        if (activated != n) throw new InvalidOperationException($"{activated} activations for {n} particuliers");
        var activation = Lap();

        var numeros = Enumerable.Range(0, n).Select(i => $"LIFE-{n}-{(drive == Drive.NextEvent ? "N" : "J")}-{i:D5}").ToArray();
        foreach (var batch in Enumerable.Range(0, n).Chunk(10))
            await tenant.SubmitAsync(batch.Select(i => (ids[i], i, numeros[i])), ct);
        var submissions = Lap();

        int advances = 0, transitions = 0, paid = 0;
        var slowest = TimeSpan.Zero;
        async Task<JsonNode> TimedAdvanceAsync(string json)
        {
            var started = Stopwatch.GetTimestamp();
            var answer = await tenant.AdvanceAsync(json, ct);
            var took = Stopwatch.GetElapsedTime(started);
            if (took > slowest) slowest = took;
            return answer;
        }
        if (drive == Drive.NextEvent)
        {
            while (paid < n)
            {
                if (++advances > 50) throw new InvalidOperationException($"{paid}/{n} paid after 50 advances");
                var answer = await TimedAdvanceAsync("""{"next":true}""");
                var moved = Transitions(answer);
                transitions += moved.Count;
                paid += moved.Count(t => t["to"]?.GetValue<string>() == "70");
                if (answer["clock"]?["nextEvent"] is null) break;
            }
        }
        else
        {
            advances = 1;
            var moved = Transitions(await TimedAdvanceAsync("""{"duration":"P30D"}"""));
            transitions = moved.Count;
        }
        var clockDrive = Lap();

        var verified = 0;
        foreach (var chunk in numeros.Chunk(10))
        {
            var found = await tenant.ExpectAsync(HttpMethod.Post, SandboxSession.SearchPath, Bodies.Search(chunk), HttpStatusCode.OK, "search", ct);
            verified += found["infoDemandePaiements"]!.AsArray().Count(d => d!["statut"]?["code"]?.GetValue<string>() == "70");
        }
        var verification = Lap();
        if (verified != n) throw new InvalidOperationException($"only {verified} of {n} demandes are 70 (Payée) after the clock drive ({drive})");

        return new LifecycleResult(n, drive, setup, inscriptions, activation, submissions, clockDrive, slowest, advances, transitions,
            verification, verified, Stopwatch.GetElapsedTime(total));
    }

    private static List<JsonNode> Transitions(JsonNode answer) => answer["transitions"]?.AsArray().Select(t => t!).ToList() ?? [];
}
