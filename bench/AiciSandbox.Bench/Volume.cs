using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AiciSandbox.Bench;

/// <summary>
/// The volume phases (<c>--volume N</c>), on sandboxes of their own: (f) cold start to the first answer; (g) N live demandes
/// (N/10 particuliers, 10 demandes each) advanced by one P30D, timed to the answer's headers (the server has decided and
/// committed everything by then) and to its last byte, on fresh servers, then the same on more tenants of the first (the
/// server's code warm), beside SQLite's own floor for the rows a move stores, and small moves in a tenant with a settled
/// history beside the same in a new one; (h) p99
/// of searches at half the peak rate, open loop (requests sent on a fixed schedule whatever the answers do, latency counted
/// from the scheduled instant); (i) RSS with <c>--stored M</c> demandes stored.
/// </summary>
internal static class Volume
{
    /// <summary>How many fresh servers make a first move of (g), and how many tenants a warm move: each verdict takes the median.</summary>
    private const int MoveSamples = 3;

    /// <summary>Open-loop rounds of (h), each the sandbox, then the bare Kestrel, then the WireMock.Net stub.</summary>
    private const int PacedRounds = 2;

    /// <summary>The open loop's bound on unanswered requests to one target (see <see cref="PacedAsync"/>).</summary>
    private const int MaxInFlight = 2048;

    /// <summary>How long each round of the open loop sends.</summary>
    private static readonly TimeSpan PacedDuration = TimeSpan.FromSeconds(10);

    /// <summary>How the search peak of (h) is measured: the median of this many runs of at least this many searches.</summary>
    private const int PeakRuns = 3;

    private const int PeakRequests = 10_000;

    public static async Task<int> RunAsync(BenchOptions o, CancellationToken ct)
    {
        var work = Directory.CreateTempSubdirectory("aici-bench-volume-").FullName;
        var md = new StringBuilder();
        var machine = MachineLoad.Read();
        md.AppendLine(CultureInfo.InvariantCulture, $"## Volume phases — commit `{o.Commit}`, {o.Date:yyyy-MM-dd}").AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Load average before: {machine?.LoadAverage}.").AppendLine();
        var verdictsAt = md.Length; // the targets' table goes here once every phase has run
        var verdicts = new List<IssueTargets.Verdict>();
        Target? t = null;
        try
        {
            var database = Path.Combine(work, "volume.db");
            t = await BenchRun.StartSandboxAsync(BenchRun.Sandbox, o.SandboxDll, database, ["--Logging:LogLevel:Default=Warning"], ct);
            var coldStarts = new List<TimeSpan> { BenchRun.ColdStarts[BenchRun.Sandbox] };

            var http = t.Http;
            var admin = await SandboxSession.AdminTokenAsync(http, t.Server.BaseUrl, ct);
            var n = o.Volume;
            var (tenant, first) = await BigMoveAsync(t, database, admin, "bench-volume", n, ct);
            // More fresh servers, each started, filled and moved once: a first move's cost varies by half from one server to
            // the next on this VM (1.8–2.5 s in one evening), so one sample cannot judge it.
            var firsts = new List<BigMove> { first };
            for (var k = 1; k < MoveSamples; k++)
            {
                var freshDatabase = Path.Combine(work, $"fresh-{k}.db");
                await using var fresh = await BenchRun.StartSandboxAsync(BenchRun.Sandbox, o.SandboxDll, freshDatabase, ["--Logging:LogLevel:Default=Warning"], ct);
                coldStarts.Add(BenchRun.ColdStarts[BenchRun.Sandbox]);
                var freshAdmin = await SandboxSession.AdminTokenAsync(fresh.Http, fresh.Server.BaseUrl, ct);
                firsts.Add((await BigMoveAsync(fresh, freshDatabase, freshAdmin, $"bench-volume-fresh-{k}", n, ct)).Move);
            }
            var coldStart = IssueTargets.Median(coldStarts);
            md.AppendLine(CultureInfo.InvariantCulture, $"- (f) cold start to the first 2xx of `/health`, {coldStarts.Count} servers: **{coldStart.TotalMilliseconds:F0} ms** (median; {IssueTargets.Each(coldStarts)}; process start included)");
            verdicts.Add(IssueTargets.ColdStart(coldStart, coldStarts.Count));
            md.AppendLine(CultureInfo.InvariantCulture,
                $"- (g) {n:N0} live demandes ({first.Particuliers:N0} particuliers) submitted, the server left to settle ({first.Settled.TotalSeconds:F1} s), then advanced by `P30D`, on {firsts.Count} fresh servers: " +
                $"**server CPU {IssueTargets.Median(firsts.Select(m => m.Cpu)).TotalMilliseconds:F0} ms** (median; {IssueTargets.Each(firsts.Select(m => m.Cpu))}) for the whole request, " +
                $"{JitText(firsts)}; " +
                $"the first server: {first.Headers.TotalMilliseconds:F0} ms (wall) to the answer's headers " +
                $"(decided and committed), {first.Whole.TotalMilliseconds:F0} ms to its last byte ({first.Bytes / 1e6:F1} MB listing every transition); " +
                $"{first.Paid:N0} transitions to 70; RSS {first.RssBeforeMb} MB before, {first.RssAfterMb} MB after");
            // The same on more tenants of the first server, whose code the first move has warmed up: what a sandbox that has
            // been up a while gives an integrator's monthly run (the first move of a fresh server pays the JIT tiers).
            var warms = new List<(SandboxSession Tenant, BigMove Move)>();
            for (var k = 0; k < MoveSamples; k++)
                warms.Add(await BigMoveAsync(t, database, admin, $"bench-volume-warm-{k}", n, ct));
            var (warmTenant, warm) = warms[^1];
            md.AppendLine(CultureInfo.InvariantCulture,
                $"- (g, warm) the same on {warms.Count} more tenants of the first server, one after the other: **server CPU {IssueTargets.Median(warms.Select(w => w.Move.Cpu)).TotalMilliseconds:F0} ms** (median; {IssueTargets.Each(warms.Select(w => w.Move.Cpu))}), " +
                $"{JitText(warms.Select(w => w.Move).ToList())}; " +
                $"the last: settled {warm.Settled.TotalSeconds:F1} s before, {warm.Headers.TotalMilliseconds:F0} ms (wall) to the headers, {warm.Whole.TotalMilliseconds:F0} ms to the last byte; {warm.Paid:N0} transitions to 70");

            // The same small moves in a tenant whose demandes are all settled and in a new one: a move reads only what can still
            // change, so its cost must not grow with the tenant's history (the monthly runs of months before).
            var withHistory = await SmallMovesAsync(t, warmTenant, warm.FirstParticulier, n, ct);
            var newTenant = await SandboxSession.CreateAsync(t.Http, t.Server.BaseUrl, admin, "bench-volume-small", ct);
            var withoutHistory = await SmallMovesAsync(t, newTenant, null, 0, ct);
            md.AppendLine(CultureInfo.InvariantCulture,
                $"- (g, history) small moves, wall time to the answer, in the last warm tenant ({n:N0} settled demandes) / in a new tenant: " +
                $"one new particulier activated by `P1D` **{withHistory.Activation.TotalMilliseconds:F1}** / {withoutHistory.Activation.TotalMilliseconds:F1} ms; " +
                $"ten new demandes paid by `P30D` **{IssueTargets.Median(withHistory.Payments).TotalMilliseconds:F1}** / {IssueTargets.Median(withoutHistory.Payments).TotalMilliseconds:F1} ms (median of {MoveSamples}: " +
                $"{IssueTargets.Each(withHistory.Payments, "F1")} / {IssueTargets.Each(withoutHistory.Payments, "F1")})");

            // What SQLite alone takes, on this machine and now, to store the rows the last warm move stored (a copy of the file).
            var sqliteFloor = SqliteFloor.OfMove(database, Path.Combine(work, "floor.db"), warmTenant.TenantId, warm.TransitionsBefore, warm.OutboxBefore);
            md.AppendLine(CultureInfo.InvariantCulture,
                $"- (g, floor) SQLite alone storing what the last warm move stored, on a copy of the file taken after it ({sqliteFloor.Demandes:N0} demandes rewritten, {sqliteFloor.Transitions:N0} transitions and {sqliteFloor.Messages:N0} outbox messages inserted; " +
                $"one transaction, the writer's settings, one prepared statement per table, values bound as UTF-8; `SqliteFloor.cs`): **{sqliteFloor.Total.TotalMilliseconds:F0} ms** " +
                $"(writing {sqliteFloor.Write.TotalMilliseconds:F0}, commit and checkpoint {sqliteFloor.Commit.TotalMilliseconds:F0}) — of the 1 s target, what SQLite leaves for the engine, the JSON and the answer");
            File.Delete(Path.Combine(work, "floor.db"));

            verdicts.AddRange(IssueTargets.OfBigMoves(n, firsts.Select(m => m.Cpu).ToList(), warms.Select(w => w.Move.Cpu).ToList(), sqliteFloor.Total,
                firsts.Select(m => m.Jit.Compiling).ToList(), warms.Select(w => w.Move.Jit.Compiling).ToList()));

            await tenant.RenewTokenAsync(ct);
            var search = BenchRun.Search(tenant.Token!, t.Server.BaseUrl, $"VOL-{0:D6}");
            // The floors of this machine and harness, answering the same search with the sandbox's own bytes: a bare Kestrel
            // (nothing matched, stored or logged) and the WireMock.Net stub (log 5 000), each warmed up like the sandbox, then
            // paced at the same rate in rounds interleaved with the sandbox's.
            var stubs = Path.Combine(work, "stubs.json");
            await File.WriteAllTextAsync(stubs, JsonSerializer.Serialize(
                new[] { await BenchRun.RecordAsync(http, search, -1, "POST", SandboxSession.SearchPath) }, Json.Options), ct);
            await using var kestrel = await BenchRun.StartKestrelFloorAsync(stubs, ct);
            await using var peer = await BenchRun.StartPeerAsync(BenchRun.Peer, PeerHost.JournalLikeLog, stubs, ct);
            foreach (var floor in new[] { kestrel, peer })
                await Load.ConcurrentAsync(floor.Http, floor.Search, 0, 5000 + o.Requests, 16, floor.Server.CpuTime, ct);
            // Steady state: the big move's aftermath (its garbage collected, the writer's pages released) and the search path's
            // first calls (JIT tiers) are over before the searches are measured.
            var settled = await SettleAsync(t.Server, ct);
            await Load.ConcurrentAsync(http, search, 0, 5000, 16, t.Server.CpuTime, ct);
            await SettleAsync(t.Server, ct);
            // The peak sets the open loop's rate: the median of three runs of at least 10,000 searches (one run of 2,000, a
            // fifth of a second, came out anywhere between 5,800 and 10,800 searches/s on this machine).
            var peaks = new List<KneePoint>();
            for (var run = 0; run < PeakRuns; run++)
                peaks.Add(await Load.ConcurrentAsync(http, search, 0, Math.Max(o.Requests, PeakRequests), 16, t.Server.CpuTime, ct));
            var peak = peaks.OrderBy(p => p.Rps).ElementAt(PeakRuns / 2);
            var rate = o.PacedRate > 0 ? o.PacedRate : peak.Rps / 2;
            md.AppendLine(CultureInfo.InvariantCulture,
                $"- (h) after the server had settled ({settled.TotalSeconds:F1} s after the move), 5,000 searches of warm-up: search peak at 16 workers {peak.Rps:N0} req/s (median of {PeakRuns} runs of {peak.Requests:N0}: {string.Join(" / ", peaks.Select(p => p.Rps.ToString("N0", CultureInfo.InvariantCulture)))}; p99 {peak.Latency.P99:F1} ms, server CPU {peak.ServerCpuSeconds * 1000 / peak.Requests:F3} ms/search); " +
                $"open loop at {(o.PacedRate > 0 ? "the rate given (--paced-rate)" : "half of it")}, {rate:N0} req/s for {PacedDuration.TotalSeconds:F0} s, in {PacedRounds} rounds interleaved with the floors of this machine and harness " +
                $"answering the same search at the same rate ({KestrelFloor.Name}; {BenchRun.Peer}). Latency counts from the due instant; " +
                $"\"late\" is the client's own lateness in sending (due instant → request started); the server's own p99 is read from its runtime metrics over EventPipe (`ServerLatency.cs`):");
            var (sandboxRounds, stubRounds) = (new List<IssueTargets.PacedRound>(), new List<IssueTargets.PacedRound>());
            var (floorP99, sandboxBusyCores) = (new List<double>(), new List<double>());
            (string Name, Target Target, Operation Op)[] paced = [("sandbox", t, search), ("bare Kestrel", kestrel, kestrel.Search), ("WireMock.Net stub", peer, peer.Search)];
            for (var round = 1; round <= PacedRounds; round++)
            {
                var line = new StringBuilder().Append(CultureInfo.InvariantCulture, $"  - round {round}:");
                foreach (var (name, target, op) in paced)
                {
                    if (target.Server.HasExited)
                    {
                        line.Append(CultureInfo.InvariantCulture, $" {name} not measured (its process had ended);");
                        continue;
                    }
                    // The sandbox's own view of the same searches: how much of the client's latency was spent in the request.
                    await using var inside = target == t ? await ServerLatency.StartAsync(t.Server.Pid, SandboxSession.SearchPath, ct) : null;
                    await SettleAsync(target.Server, ct);
                    var cpuBefore = target.Server.CpuTime();
                    var (machineBefore, harnessBefore) = (MachineLoad.Read(), Process.GetCurrentProcess().TotalProcessorTime);
                    var (latency, late) = await PacedAsync(target.Http, op, rate, PacedDuration, ct);
                    var (machineAfter, harnessCpu) = (MachineLoad.Read(), Process.GetCurrentProcess().TotalProcessorTime - harnessBefore);
                    // A peer overwhelmed by the open loop can die during it (WireMock.Net has, "Out of memory.", on a slow day):
                    // its round is reported, the run goes on without it.
                    var exited = target.Server.HasExited;
                    var serverCpu = exited ? TimeSpan.Zero : target.Server.CpuTime() - cpuBefore;
                    var cpuPerSearch = serverCpu.TotalMilliseconds / (rate * PacedDuration.TotalSeconds);
                    var cpuOrDeath = exited
                        ? ", its process ended during the round: " + target.Server.Tail().Split('\n')[^1]
                        : string.Create(CultureInfo.InvariantCulture, $", server CPU {cpuPerSearch:F3} ms/search");
                    var serverCores = serverCpu / PacedDuration;
                    var busy = machineBefore is null || machineAfter is null ? null : (double?)MachineLoad.BusyCores(machineBefore, machineAfter);
                    var own = cpuOrDeath + (inside is null ? "" : ServerView(await inside.StopAsync())) + Cores(busy, serverCores, harnessCpu / PacedDuration);
                    if (target == t && busy is { } b) sandboxBusyCores.Add(b);
                    BenchRun.Log($"(h) peak {peak.Rps:F0} req/s; at {rate:F0} req/s, round {round}, {name}: p50 {latency.P50:F2} ms p99 {latency.P99:F2} ms errors {latency.Errors}; late p99 {late.P99:F2} ms{own}");
                    var measured = new IssueTargets.PacedRound(latency.P99, latency.Errors, exited ? null : cpuPerSearch);
                    if (target == t) sandboxRounds.Add(measured);
                    if (target == kestrel) floorP99.Add(latency.P99);
                    if (target == peer) stubRounds.Add(measured);
                    var bold = target == t ? "**" : ""; // the sandbox's figures stand out in the report
                    line.Append(CultureInfo.InvariantCulture,
                        $" {bold}{name}{bold} p50 {latency.P50:F2} ms, {bold}p99 {latency.P99:F2} ms{bold}, p95 {latency.P95:F2}, max {latency.Max:F1}, errors {latency.Errors}, late p99 {late.P99:F2} ms{own};");
                }
                md.AppendLine(line.ToString().TrimEnd(';'));
            }
            verdicts.Add(IssueTargets.OfPacedSearch(rate, o.PacedRate <= 0, sandboxRounds, floorP99, sandboxBusyCores, stubRounds));

            if (o.Stored > n)
            {
                // (i) the file grows to --stored demandes (copies of these rows, server stopped), the server starts again on it
                var db = database; // grown in place, server stopped
                await t.DisposeAsync();
                t = null;
                var stored = await Database.CopyDemandesAsync(db, tenant.TenantId, (o.Stored - 1) / n, ct);
                t = await BenchRun.StartSandboxAsync(BenchRun.Sandbox, o.SandboxDll, db, ["--Logging:LogLevel:Default=Warning"], ct);
                var start = BenchRun.ColdStarts[BenchRun.Sandbox];
                var same = new SandboxSession(t.Http, t.Server.BaseUrl, tenant.TenantId, tenant.ClientId, tenant.ClientSecret);
                var again = BenchRun.Search(await same.RenewTokenAsync(ct), t.Server.BaseUrl, $"VOL-{n - 1:D6}C{(o.Stored - 1) / n}");
                var served = await Load.ConcurrentAsync(t.Http, again, 0, o.Requests, 16, t.Server.CpuTime, ct);
                var rss = t.Server.Memory();
                md.AppendLine(CultureInfo.InvariantCulture,
                    $"- (i) {stored:N0} demandes stored in the first tenant (its {n:N0} above and {stored - n:N0} copies of their rows added to the file, server stopped; the warm tenants' {MoveSamples * n:N0} beside them): " +
                    $"cold start {start.TotalMilliseconds:F0} ms; after {o.Requests:N0} searches ({served.Rps:N0} req/s, errors {served.Latency.Errors}) " +
                    $"**RSS {rss.VmRssKb / 1024} MB** (peak {rss.VmHwmKb / 1024} MB), database file {new FileInfo(db).Length / 1048576} MB");
                verdicts.Add(IssueTargets.OfStored(stored, rss.VmRssKb / 1024));
                verdicts.Add(IssueTargets.ColdStart(start) with { Target = "cold start to ready < 1.5 s, with them stored" });
            }
            var table = new StringBuilder();
            IssueTargets.Write(table, verdicts);
            md.Insert(verdictsAt, table.ToString());
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Load average after: {MachineLoad.Read()?.LoadAverage}.");
            var file = Path.Combine(o.OutDir, $"{o.Date:yyyy-MM-dd}-volume.md");
            Directory.CreateDirectory(o.OutDir);
            await File.AppendAllTextAsync(file, md.ToString() + Environment.NewLine, ct);
            Console.WriteLine(md);
            BenchRun.Log($"results appended to {file}");
            return 0;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            BenchRun.Log($"FAILED: {e}");
            if (t is not null) BenchRun.Log(t.Server.Tail());
            return 1;
        }
        finally
        {
            if (t is not null) await t.DisposeAsync();
            try { Directory.Delete(work, true); } catch (IOException) { }
        }
    }

    /// <summary>What the JIT compiled during the moves (and the second after each): median time, each sample, methods.</summary>
    private static string JitText(IReadOnlyList<BigMove> moves) =>
        $"the JIT compiling {IssueTargets.Median(moves.Select(m => m.Jit.Compiling)).TotalMilliseconds:F0} ms of it and of the second after (median; {IssueTargets.Each(moves.Select(m => m.Jit.Compiling))}; " +
        $"{string.Join(", ", moves.Select(m => m.Jit.Methods.ToString("N0", CultureInfo.InvariantCulture)))} methods, counted by its runtime, `ServerJit.cs`), " +
        $"{string.Join(", ", moves.Select(m => m.PageFaults.ToString("N0", CultureInfo.InvariantCulture)))} page faults (memory touched for the first time)";

    /// <param name="TransitionsBefore">The tenant's last transition number before the move (its last outbox number: <paramref name="OutboxBefore"/>).</param>
    /// <param name="Jit">What the server's JIT compiled during the move and the second after it (<see cref="ServerJit"/>).</param>
    /// <param name="PageFaults">The server's minor page faults during the move (<see cref="ServerProcess.MinorFaults"/>).</param>
    private sealed record BigMove(string FirstParticulier, int Particuliers, TimeSpan Settled, TimeSpan Cpu, JitWork Jit, long PageFaults, TimeSpan Headers, TimeSpan Whole,
        long Bytes, int Paid, long RssBeforeMb, long RssAfterMb, long TransitionsBefore, long OutboxBefore);

    /// <summary>A new tenant with <paramref name="n"/> live demandes (n/10 particuliers, 10 each), then one <c>P30D</c>, timed.</summary>
    private static async Task<(SandboxSession Tenant, BigMove Move)> BigMoveAsync(Target t, string db, string admin, string label, int n, CancellationToken ct)
    {
        var tenant = await SandboxSession.CreateAsync(t.Http, t.Server.BaseUrl, admin, label, ct);
        var ids = await RegisterAsync(tenant, Math.Max(1, n / 10), ct);
        await tenant.AdvanceAsync("""{"duration":"P1D"}""", ct);
        await tenant.RenewTokenAsync(ct);
        var took = await SubmitAsync(tenant, ids, 0, n, ct);
        BenchRun.Log($"(g) {label}: {ids.Length} particuliers, {n} demandes submitted in {took.TotalSeconds:F1} s");
        // The submissions' own aftermath (the WAL copied into the file, their code tiered up) is theirs, not the move's.
        var (transitionsBefore, outboxBefore) = await Database.LastSeqsAsync(db, tenant.TenantId, ct);
        // Listening to the JIT's counters costs the server a little at first: before it settles, not during the move.
        await using var jit = await ServerJit.StartAsync(t.Server.Pid, ct);
        var settled = await SettleAsync(t.Server, ct);
        var jitBefore = await jit.NextAsync(ct);
        var rssBefore = t.Server.Memory();
        var faultsBefore = t.Server.MinorFaults();
        var cpuBefore = t.Server.CpuTime();
        var (headers, whole, bytes, paid) = await AdvanceAsync(t.Server.BaseUrl, tenant, """{"duration":"P30D"}""", ct);
        var cpu = t.Server.CpuTime() - cpuBefore;
        var faults = t.Server.MinorFaults() - faultsBefore;
        var compiled = await jit.NextAsync(ct) - jitBefore;
        BenchRun.Log($"(g) {label} P30D: server CPU {cpu.TotalMilliseconds:F0} ms (the JIT compiling {compiled.Methods} methods: {compiled.Compiling.TotalMilliseconds:F0} ms; " +
            $"{faults:N0} page faults); headers after {headers.TotalMilliseconds:F0} ms, whole answer {whole.TotalMilliseconds:F0} ms ({bytes / 1e6:F1} MB), {paid} to 70");
        return (tenant, new BigMove(ids[0], ids.Length, settled, cpu, compiled, faults, headers, whole, bytes, paid, rssBefore.VmRssKb / 1024, t.Server.Memory().VmRssKb / 1024,
            transitionsBefore, outboxBefore));
    }

    /// <summary>
    /// One particulier registered (index <paramref name="n"/>, which no other of the tenant has) and activated (<c>P1D</c>),
    /// then <see cref="MoveSamples"/> times ten demandes of <paramref name="payer"/> (index 0; the new one when null: an
    /// invoice may not predate its particulier's inscription) submitted and paid (<c>P30D</c>): each advance's wall time.
    /// </summary>
    private static async Task<(TimeSpan Activation, List<TimeSpan> Payments)> SmallMovesAsync(
        Target t, SandboxSession tenant, string? payer, int n, CancellationToken ct)
    {
        await tenant.RenewTokenAsync(ct);
        var registered = await tenant.RegisterAsync(n, ct);
        var id = payer ?? registered;
        var activation = (await AdvanceAsync(t.Server.BaseUrl, tenant, """{"duration":"P1D"}""", ct)).Whole;
        var payments = new List<TimeSpan>();
        for (var k = 0; k < MoveSamples; k++)
        {
            await tenant.SubmitAsync(Enumerable.Range(0, 10).Select(j => (id, 0, $"VOL-SMALL-{k}-{j}")), ct);
            var (_, whole, _, paid) = await AdvanceAsync(t.Server.BaseUrl, tenant, """{"duration":"P30D"}""", ct);
            if (paid != 10) throw new InvalidOperationException($"{paid} demandes paid of the 10 submitted");
            payments.Add(whole);
        }
        BenchRun.Log($"(g, history) {tenant.TenantId}: activation {activation.TotalMilliseconds:F1} ms, payments {IssueTargets.Each(payments, "F1")} ms");
        return (activation, payments);
    }

    private static async Task<string[]> RegisterAsync(SandboxSession tenant, int count, CancellationToken ct)
    {
        var ids = new string[count];
        await Parallel.ForEachAsync(Enumerable.Range(0, count), Eight(ct), async (i, c) => ids[i] = await tenant.RegisterAsync(i, c));
        return ids;
    }

    /// <summary>Demandes <paramref name="first"/>… in batches of 10, one particulier per batch (10 × 50 € each, far under the ceiling).</summary>
    private static async Task<TimeSpan> SubmitAsync(SandboxSession tenant, string[] ids, int first, int count, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        await Parallel.ForEachAsync(Enumerable.Range(0, (count + 9) / 10), Eight(ct), async (b, c) =>
        {
            var p = b % ids.Length;
            await tenant.SubmitAsync(Enumerable.Range(first + b * 10, Math.Min(10, count - b * 10)).Select(i => (ids[p], p, $"VOL-{i:D6}")), c);
        });
        return Stopwatch.GetElapsedTime(started);
    }

    /// <summary>The 8 concurrent loops that register and submit.</summary>
    private static ParallelOptions Eight(CancellationToken ct) => new() { MaxDegreeOfParallelism = 8, CancellationToken = ct };

    private static async Task<(TimeSpan Headers, TimeSpan Whole, long Bytes, int Paid)> AdvanceAsync(
        Uri baseUrl, SandboxSession tenant, string json, CancellationToken ct)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(10) };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseUrl, "/sandbox/v1/clock/advance")) { Content = SandboxSession.JsonContent(json) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tenant.Token);
        var started = Stopwatch.GetTimestamp();
        using var answer = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        var headers = Stopwatch.GetElapsedTime(started);
        var body = await answer.Content.ReadAsByteArrayAsync(ct);
        var whole = Stopwatch.GetElapsedTime(started);
        if (answer.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"advance: HTTP {(int)answer.StatusCode} {Encoding.UTF8.GetString(body)}");
        var paid = JsonNode.Parse(body)!["transitions"]!.AsArray().Count(x => x!["to"]?.GetValue<string>() == "70");
        return (headers, whole, body.LongLength, paid);
    }

    /// <summary>The server's own p99 of each second of a series (<see cref="ServerLatency"/>), as the report prints it.</summary>
    private static string ServerView(IReadOnlyList<double> p99s) => p99s.Count == 0
        ? ", server's own p99 not read"
        : string.Create(CultureInfo.InvariantCulture,
            $", server's own p99 (ASP.NET Core's request duration, per second) median {p99s.Order().ElementAt(p99s.Count / 2):F2} ms, max {p99s.Max():F2} ms");

    /// <summary>
    /// How much of the machine a round kept busy, and who: the server under test and the harness that sends the searches share
    /// the same cores, so a round that leaves none idle queues every request behind the other's work.
    /// </summary>
    private static string Cores(double? busy, double server, double harness) => busy is not { } b
        ? ""
        : string.Create(CultureInfo.InvariantCulture,
            $", machine busy {b:F2} of {Environment.ProcessorCount} cores (this server {server:F2}, the harness {harness:F2}, the rest: interrupts, loopback, others)");

    /// <summary>Waits (10 s at most) until the server has used less than 2 % of a core for half a second: how long it took.</summary>
    private static async Task<TimeSpan> SettleAsync(ServerProcess server, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var step = TimeSpan.FromMilliseconds(500);
        while (Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(10))
        {
            var before = server.CpuTime();
            await Task.Delay(step, ct);
            if (server.CpuTime() - before < step * 0.02) break;
        }
        return Stopwatch.GetElapsedTime(started);
    }

    /// <summary>
    /// Open loop: request i is due at start + i / rate whatever happened to the others; its latency counts from then.
    /// <c>Late</c> is how long after that instant the client itself got to send it (its threads share the cores with the
    /// server): the part of the latency that is the load generator's, not the server's. The requests are started by a thread
    /// of their own, which sleeps until each one is due: started from the thread pool (behind the answers it is busy reading)
    /// or from a timer, they left 7.5–8.7 ms late at p99.
    /// </summary>
    /// <remarks>
    /// A target that falls far behind is not sent more than <see cref="MaxInFlight"/> requests at once: a request due while
    /// that many are unanswered is not sent, counts as an error and as an endless latency (so a p99 over a shed 1 % reads
    /// "Infinity"). Without the bound, a stalled peer (WireMock.Net at 4,000/s on a slow VM) gathered tens of thousands of open
    /// requests and connections until the harness itself died ("Out of memory."), leaving its sandbox running.
    /// </remarks>
    private static async Task<(LatencyStats Latency, LatencyStats Late)> PacedAsync(HttpClient http, Operation op, double rate, TimeSpan duration, CancellationToken ct)
    {
        var count = (int)(rate * duration.TotalSeconds);
        var millis = new double[count];
        var late = new double[count];
        var errors = 0;
        var inFlight = 0;
        var tasks = new Task[count];
        var started = Stopwatch.GetTimestamp();

        async Task SendAsync(int index, TimeSpan due)
        {
            late[index] = (Stopwatch.GetElapsedTime(started) - due).TotalMilliseconds;
            try
            {
                var (_, ok) = await Load.TimeOneAsync(http, op, index, ct);
                millis[index] = (Stopwatch.GetElapsedTime(started) - due).TotalMilliseconds;
                if (!ok) Interlocked.Increment(ref errors);
            }
            finally
            {
                Interlocked.Decrement(ref inFlight);
            }
        }

        var pacer = new Thread(() =>
        {
            for (var i = 0; i < count && !ct.IsCancellationRequested; i++)
            {
                var due = TimeSpan.FromSeconds(i / rate);
                // Whole milliseconds of sleep (the OS's step: up to ~1 ms late, counted in Late), never a busy loop.
                for (var wait = due - Stopwatch.GetElapsedTime(started); wait > TimeSpan.Zero; wait = due - Stopwatch.GetElapsedTime(started))
                    Thread.Sleep(Math.Max(1, (int)wait.TotalMilliseconds));
                // Only this thread adds to inFlight (the answers take from it), so reading then adding is safe.
                if (Volatile.Read(ref inFlight) >= MaxInFlight)
                {
                    millis[i] = double.PositiveInfinity; // shed: never sent
                    Interlocked.Increment(ref errors);
                    continue;
                }
                Interlocked.Increment(ref inFlight);
                tasks[i] = SendAsync(i, due);
            }
        }) { IsBackground = true, Name = "open-loop pacer" };
        pacer.Start();
        await Task.Run(pacer.Join, ct);
        await Task.WhenAll(tasks.Where(t => t is not null));
        return (LatencyStats.Of(millis, errors), LatencyStats.Of(late, 0));
    }
}
