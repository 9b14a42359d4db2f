using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace AiciSandbox.Bench;

/// <summary>A server under test, with its own keep-alive client and the three operations measured on it.</summary>
internal sealed class Target(string name, ServerProcess server, HttpClient http) : IAsyncDisposable
{
    public string Name { get; } = name;
    public ServerProcess Server { get; } = server;
    public HttpClient Http { get; } = http;
    public Operation Search { get; set; } = null!;
    public Operation Token { get; set; } = null!;
    public Operation Submit { get; set; } = null!;

    /// <summary>The sandbox's tenant the HTTP phases run in (null for the peer).</summary>
    public SandboxSession? Tenant { get; set; }

    /// <summary>The sandbox's SQLite file (null for the peer).</summary>
    public string? DbPath { get; init; }

    public Operation Op(string name) => name switch { "search" => Search, "token" => Token, _ => Submit };

    /// <summary>The operations this target serves (a peer without a token endpoint serves fewer).</summary>
    public IReadOnlyList<string>? OnlyOperations { get; init; }

    public bool Serves(string op) => OnlyOperations is null || OnlyOperations.Contains(op);

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Http.Dispose();
    }
}

/// <summary>One whole run: start the servers, measure (a) latency, (b) the knee curve, (c) lifecycles, (d) memory and journal; stop them.</summary>
internal static class BenchRun
{
    public const string Sandbox = "sandbox";
    public const string SandboxQuiet = "sandbox, logs ≥ Warning";
    public const string Peer = "WireMock.Net stub, log 5 000";
    public const string PeerNoLog = "WireMock.Net stub, no log";

    /// <summary>
    /// Particuliers of the HTTP tenant: the submitted demandes are spread over them, well under the yearly ceiling (240 such
    /// demandes each): (a) and (e) with its warm-up submit about 11,600, 58 each.
    /// </summary>
    private const int HttpParticuliers = 200;

    public static async Task<int> RunAsync(BenchOptions o, CancellationToken ct)
    {
        var work = Directory.CreateTempSubdirectory("aici-bench-").FullName;
        var results = new Results(o);
        var targets = new List<Target>();
        var runStarted = Stopwatch.GetTimestamp();
        results.Machine = MachineLoad.Read();
        var clientCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        try
        {
            Log($"work directory {work}; sandbox {o.SandboxDll}");
            var sandbox = await StartSandboxAsync(Sandbox, o.SandboxDll, Path.Combine(work, "sandbox.db"), [], ct);
            targets.Add(sandbox);
            if (o.QuietVariant)
                targets.Add(await StartSandboxAsync(SandboxQuiet, o.SandboxDll, Path.Combine(work, "sandbox-quiet.db"), ["--Logging:LogLevel:Default=Warning"], ct));
            foreach (var (label, dll, i) in o.Candidates.Select((c, i) => (c.Label, c.Dll, i)))
                targets.Add(await StartSandboxAsync(label, dll, Path.Combine(work, $"candidate-{i}.db"), [], ct));
            results.Sample("started, idle", targets);

            // The HTTP tenant of each sandbox, and the canned answers the peer will give: the sandbox's own, byte for byte.
            var canned = new List<Stub>();
            foreach (var t in targets) await PrepareSandboxAsync(t, t == sandbox ? canned : null, ct);
            var stubsFile = Path.Combine(work, "stubs.json");
            await File.WriteAllTextAsync(stubsFile, JsonSerializer.Serialize(canned, Json.Options), ct);
            targets.Add(await StartPeerAsync(Peer, PeerHost.JournalLikeLog, stubsFile, ct));
            targets.Add(await StartPeerAsync(PeerNoLog, 0, stubsFile, ct));
            results.Targets.AddRange(targets.Select(t => t.Name));
            results.Sample("after setup", targets);
            await results.CheckpointAsync("after setup", sandbox, ct);

            // (a) sequential latency, one kept-alive connection, after a warm-up
            foreach (var op in new[] { "search", "token", "submit" })
            {
                var (warm, n) = op == "search" ? (o.Warmup, o.Latency) : (Math.Max(1, o.Warmup / 3), Math.Max(1, o.Latency / 4));
                foreach (var t in targets)
                {
                    await Load.SequentialAsync(t.Http, t.Op(op), 0, warm, ct);
                    var stats = await Load.SequentialAsync(t.Http, t.Op(op), warm, n, ct);
                    results.Latency[(op, t.Name)] = stats;
                    Log($"(a) {op,-6} {t.Name,-26} n={n} p50={stats.P50:F2} ms p99={stats.P99:F2} ms errors={stats.Errors}");
                }
            }
            results.Sample("after (a) latency", targets);

            // (b) knee curve: a fixed number of searches per level, each level warmed up (connections opened) first, repeated in
            // rounds that visit every target in turn, so that a noisy moment of the machine does not land on one target only
            foreach (var workers in o.Workers)
            {
                foreach (var t in targets) await Load.ConcurrentAsync(t.Http, t.Search, 0, Math.Max(200, workers * 10), workers, t.Server.CpuTime, ct);
                for (var round = 0; round < o.Rounds; round++)
                {
                    foreach (var t in targets)
                    {
                        var point = await Load.ConcurrentAsync(t.Http, t.Search, 0, o.Requests, workers, t.Server.CpuTime, ct);
                        results.AddKnee(workers, t.Name, point);
                        Log($"(b) {workers,2} workers round {round + 1} {t.Name,-30} {point.Rps,8:F0} req/s p50={point.Latency.P50:F2} ms p99={point.Latency.P99:F2} ms errors={point.Latency.Errors}");
                    }
                }
            }
            results.Sample("after (b) knee curve", targets);

            // (e) side by side at one concurrency: search, token and submit on the one tenant, with Prism as a second peer
            var prism = o.Prism is null ? null : await PrismHost.StartAsync(o.Prism, o.PrismSpec, ct);
            try
            {
                await SideBySide.RunAsync(o, results, prism is null ? targets : [.. targets, prism], ct);
            }
            finally
            {
                if (prism is not null) await prism.DisposeAsync();
            }
            foreach (var (name, time) in ColdStarts) results.ColdStart[name] = time;
            await results.CheckpointAsync("after (a)+(b)", sandbox, ct);

            // (c) full lifecycles in manual mode, sandbox only (the peer has no state)
            var drives = o.BigAdvance ? new[] { Drive.NextEvent, Drive.ThirtyDays } : [Drive.NextEvent];
            foreach (var drive in drives)
            {
                foreach (var n in o.Lifecycles)
                {
                    var life = await Lifecycles.RunAsync(sandbox.Http, sandbox.Server.BaseUrl, n, drive, ct);
                    results.Lives.Add(life);
                    Log($"(c) N={n,4} {drive,-10} total={life.Total.TotalSeconds:F2} s (inscriptions {life.Inscriptions.TotalSeconds:F2} s, " +
                        $"submissions {life.Submissions.TotalSeconds:F2} s, clock {life.ClockDrive.TotalSeconds:F2} s in {life.Advances} advances, " +
                        $"verification {life.Verification.TotalSeconds:F2} s) {life.VerifiedPaid}/{n} paid");
                }
            }
            results.Sample("after (c) lifecycles", [sandbox]);
            await results.CheckpointAsync("after (c)", sandbox, ct);
            foreach (var t in targets) results.ConsoleOutput[t.Name] = t.Server.Output;
            results.MachineAfter = MachineLoad.Read();
            results.OurCpuSeconds = targets.Sum(t => t.Server.CpuTime().TotalSeconds)
                + (Process.GetCurrentProcess().TotalProcessorTime - clientCpuBefore).TotalSeconds;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log($"FAILED: {e}");
            foreach (var t in targets) Log($"--- last lines of {t.Name} ---\n{t.Server.Tail()}");
            return 1;
        }
        catch (OperationCanceledException)
        {
            Log("cancelled");
            return 130;
        }
        finally
        {
            foreach (var t in targets) await t.DisposeAsync();
            Log("servers stopped");
        }

        // (d) after the stop: what the database holds, and how big it is
        var dbPath = Path.Combine(work, "sandbox.db");
        results.FinalSize = DbSize.Of(dbPath);
        results.FinalDb = await Database.StatsAsync(dbPath, CancellationToken.None);
        results.FinalJournal = await Database.JournalAsync(dbPath, results.HttpTenantId!, CancellationToken.None);
        results.RunTime = Stopwatch.GetElapsedTime(runStarted);

        var markdown = Report.Markdown(results);
        Console.WriteLine();
        Console.WriteLine(markdown);
        Directory.CreateDirectory(o.OutDir);
        var file = Path.Combine(o.OutDir, $"{o.Date:yyyy-MM-dd}.md");
        await File.WriteAllTextAsync(file, markdown, CancellationToken.None);
        Log($"results written to {Path.GetFullPath(file)}");
        Directory.Delete(work, recursive: true);
        return 0;
    }

    public static readonly Dictionary<string, TimeSpan> ColdStarts = [];

    internal static async Task<Target> StartSandboxAsync(string name, string dll, string db, string[] extra, CancellationToken ct)
    {
        var port = ServerProcess.FreePort();
        var server = ServerProcess.Start(name, "dotnet",
            [dll, "--urls", $"http://127.0.0.1:{port}", $"--Sandbox:Storage:SqlitePath={db}", .. extra], port);
        var target = new Target(name, server, Load.KeepAliveClient()) { DbPath = db };
        ColdStarts[name] = await server.WaitReadyAsync(target.Http, "/health", ct);
        Log($"{name} ready on {server.BaseUrl} (pid {server.Pid}) in {ColdStarts[name].TotalMilliseconds:F0} ms");
        return target;
    }

    internal static Task<Target> StartPeerAsync(string name, int log, string stubs, CancellationToken ct) =>
        StartPeerProcessAsync(name, port => [PeerHost.Command, "--port", $"{port}", "--stubs", stubs, "--log", $"{log}"], ct);

    /// <summary>The floor: a bare Kestrel process answering the same canned bytes (<see cref="KestrelFloor"/>).</summary>
    internal static Task<Target> StartKestrelFloorAsync(string stubs, CancellationToken ct) =>
        StartPeerProcessAsync(KestrelFloor.Name, port => [KestrelFloor.Command, "--port", $"{port}", "--stubs", stubs], ct);

    /// <summary>This program run again as a server: <paramref name="command"/>'s arguments for a free port.</summary>
    private static async Task<Target> StartPeerProcessAsync(string name, Func<int, string[]> command, CancellationToken ct)
    {
        var port = ServerProcess.FreePort();
        var self = typeof(BenchRun).Assembly.Location;
        var host = Environment.ProcessPath ?? "dotnet";
        string[] args = Path.GetFileNameWithoutExtension(host) == "dotnet" ? [self, .. command(port)] : command(port);
        var server = ServerProcess.Start(name, host, args, port, new Dictionary<string, string> { ["DOTNET_gcServer"] = "1" });
        var target = new Target(name, server, Load.KeepAliveClient());
        await server.WaitReadyAsync(target.Http, PeerHost.ReadyPath, ct);
        Log($"{name} ready on {server.BaseUrl} (pid {server.Pid})");

        // The same requests as the sandbox gets; the stub answers whatever they carry.
        var form = "grant_type=client_credentials&client_id=bench&client_secret=bench"u8.ToArray();
        target.Search = Search("unused", target.Server.BaseUrl);
        target.Token = Token(form, target.Server.BaseUrl);
        target.Submit = Submit(Enumerable.Repeat("00000000-0000-0000-0000-000000000000", HttpParticuliers).ToArray(), "unused", target.Server.BaseUrl);
        return target;
    }

    /// <summary>
    /// A manual-clock tenant with <see cref="HttpParticuliers"/> active particuliers and 10 demandes; its token never expires
    /// because its clock stands still. When <paramref name="canned"/> is given, the answers are recorded for the peer.
    /// </summary>
    private static async Task PrepareSandboxAsync(Target t, List<Stub>? canned, CancellationToken ct)
    {
        var baseUrl = t.Server.BaseUrl;
        var admin = await SandboxSession.AdminTokenAsync(t.Http, baseUrl, ct);
        var tenant = await SandboxSession.CreateAsync(t.Http, baseUrl, admin, "bench-http", ct);
        var ids = new string[HttpParticuliers];
        for (var i = 0; i < ids.Length; i++) ids[i] = await tenant.RegisterAsync(i, ct);
        await tenant.AdvanceAsync("""{"duration":"P1D"}""", ct);
        var token = await tenant.RenewTokenAsync(ct);
        await tenant.SubmitAsync(Enumerable.Range(0, 10).Select(i => (ids[i], i, $"HTTP-{i:D5}")), ct);
        t.Tenant = tenant;

        var form = Encoding.UTF8.GetBytes($"grant_type=client_credentials&client_id={tenant.ClientId}&client_secret={tenant.ClientSecret}");
        t.Search = Search(token, baseUrl);
        t.Token = Token(form, baseUrl);
        t.Submit = Submit(ids, token, baseUrl);

        if (canned is null) return;
        canned.Add(await RecordAsync(t.Http, t.Token, -1, "POST", SandboxSession.TokenPath));
        canned.Add(await RecordAsync(t.Http, t.Search, -1, "POST", SandboxSession.SearchPath));
        canned.Add(await RecordAsync(t.Http, t.Submit, -1_000_000, "POST", SandboxSession.SubmitPath));
        Log($"{t.Name}: tenant {tenant.TenantId} ready; canned {canned.Count} answers for the peer ({string.Join(", ", canned.Select(c => $"{c.Path} {c.Body.Length} B"))})");
    }

    /// <summary>A search by one invoice number (by default the first one the HTTP phases submit).</summary>
    internal static Operation Search(string token, Uri baseUrl, string numero = "HTTP-00000")
    {
        var body = Encoding.UTF8.GetBytes(Bodies.Search([numero]));
        return new Operation("search", _ => Post(baseUrl, SandboxSession.SearchPath, body, "application/json", token),
            (s, b) => s == HttpStatusCode.OK && Contains(b, "\"infoDemandePaiements\""));
    }

    private static Operation Token(byte[] form, Uri baseUrl) =>
        new("token", _ => Post(baseUrl, SandboxSession.TokenPath, form, "application/x-www-form-urlencoded", null),
            (s, b) => s == HttpStatusCode.OK && Contains(b, "access_token"));

    /// <summary>Submission i: one demande, a new invoice number each time, spread over the tenant's particuliers.</summary>
    internal static Operation Submit(string[] ids, string token, Uri baseUrl) => new("submit", i =>
    {
        var p = Math.Abs(i) % ids.Length;
        var body = Encoding.UTF8.GetBytes("[" + Bodies.Demande(ids[p], p, $"S-{i:D7}") + "]");
        return Post(baseUrl, SandboxSession.SubmitPath, body, "application/json", token);
    }, (s, b) => s == HttpStatusCode.OK && Contains(b, "\"statut\":\"10\""));

    private static HttpRequestMessage Post(Uri baseUrl, string path, byte[] body, string contentType, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseUrl, path)) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    internal static async Task<Stub> RecordAsync(HttpClient http, Operation op, int i, string method, string path)
    {
        using var request = op.Build(i);
        using var answer = await http.SendAsync(request);
        var body = await answer.Content.ReadAsStringAsync();
        if (!op.IsExpected(answer.StatusCode, Encoding.UTF8.GetBytes(body)))
            throw new InvalidOperationException($"recording {path}: HTTP {(int)answer.StatusCode} {body}");
        return new Stub(method, path, (int)answer.StatusCode, answer.Content.Headers.ContentType?.ToString() ?? "application/json", body);
    }

    private static bool Contains(byte[] body, string text) => body.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;

    public static void Log(string message) => Console.Error.WriteLine($"[bench] {message}");
}
