using System.Globalization;

namespace AiciSandbox.Bench;

/// <summary>What one run measures, from the command line; the defaults are what <c>bench/run.sh</c> runs.</summary>
internal sealed record BenchOptions
{
    public const string Usage = """
        usage: AiciSandbox.Bench --sandbox-dll <published AiciSandbox.Server.dll> [options]
          --out <dir>              where <date>.md goes (default: bench/results)
          --date <yyyy-MM-dd>      the date in the file name (default: today, local time)
          --commit <text>          the commit measured, printed in the report
          --latency <n>            sequential search calls measured per target (default 2000; token and submit: n/4)
          --warmup <n>             calls before each measured series, not counted (default 300)
          --requests <n>           search calls per concurrency level and target (default 2000)
          --workers <list>         concurrency levels (default 1,4,16,64)
          --rounds <n>             repetitions of each level, interleaved across targets; the median is reported (default 3)
          --lifecycles <list>      particuliers/demandes per full lifecycle (default 1,100,1000)
          --no-big-advance         skip the lifecycles driven by one P30D advance
          --no-quiet-variant       skip the second sandbox whose logs are set to Warning
          --candidate <label>=<dll>  another sandbox build (e.g. a patched one) measured in (a) and (b) beside the
                                   baseline, in the same run; repeatable
          --prism <file>           the Prism 5.16 CLI (node_modules/.bin/prism); adds Prism, mocking the official Swagger,
                                   as a second peer in (e) (run.sh installs it from npm when npm is there)
          --prism-spec <file>      the spec Prism mocks (default openapi/upstream/api-tiers-de-prestation.swagger-1.29.1.json)
          --side-workers <n>       concurrency of (e), search/token/submit side by side on one tenant (default 16)
          --volume <n>             run only the volume phases (Volume.cs): cold start, n live demandes advanced by P30D,
                                   p99 at half the peak search rate (open loop), then RSS with --stored demandes
          --stored <m>             demandes stored for the RSS phase of --volume (default 0: skipped)
          --paced-rate <r>         searches/s of the open loop of --volume's (h) instead of half the measured peak: two
                                   builds compared at one rate (the p99 follows the rate, and the peak varies by run)
          --help, -h               print this and exit
        """;

    public required string SandboxDll { get; init; }
    public string OutDir { get; init; } = Path.Combine("bench", "results");
    public DateOnly? Date { get; init; }
    public string Commit { get; init; } = "unknown";
    public int Latency { get; init; } = 2000;
    public int Warmup { get; init; } = 300;
    public int Requests { get; init; } = 2000;
    public IReadOnlyList<int> Workers { get; init; } = [1, 4, 16, 64];
    public int Rounds { get; init; } = 3;
    public IReadOnlyList<int> Lifecycles { get; init; } = [1, 100, 1000];
    public bool BigAdvance { get; init; } = true;
    public bool QuietVariant { get; init; } = true;
    public IReadOnlyList<(string Label, string Dll)> Candidates { get; init; } = [];
    public string? Prism { get; init; }
    public string PrismSpec { get; init; } = Path.Combine("openapi", "upstream", "api-tiers-de-prestation.swagger-1.29.1.json");
    public int SideWorkers { get; init; } = 16;
    public int Volume { get; init; }
    public int Stored { get; init; }
    public int PacedRate { get; init; }

    public static BenchOptions? Parse(string[] args, out string problem)
    {
        problem = "";
        string? dll = null;
        var o = new BenchOptions { SandboxDll = "" };
        try
        {
            for (var i = 0; i < args.Length; i++)
            {
                string Value() => i + 1 < args.Length ? args[++i] : throw new FormatException($"{args[i]} needs a value");
                switch (args[i])
                {
                    case "--sandbox-dll": dll = Value(); break;
                    case "--out": o = o with { OutDir = Value() }; break;
                    case "--volume": o = o with { Volume = int.Parse(Value(), CultureInfo.InvariantCulture) }; break;
                    case "--stored": o = o with { Stored = int.Parse(Value(), CultureInfo.InvariantCulture) }; break;
                    case "--paced-rate": o = o with { PacedRate = Positive(Value()) }; break;
                    case "--date": o = o with { Date = DateOnly.ParseExact(Value(), "yyyy-MM-dd", CultureInfo.InvariantCulture) }; break;
                    case "--commit": o = o with { Commit = Value() }; break;
                    case "--latency": o = o with { Latency = Positive(Value()) }; break;
                    case "--warmup": o = o with { Warmup = Positive(Value()) }; break;
                    case "--requests": o = o with { Requests = Positive(Value()) }; break;
                    case "--workers": o = o with { Workers = List(Value()) }; break;
                    case "--rounds": o = o with { Rounds = Positive(Value()) }; break;
                    case "--lifecycles": o = o with { Lifecycles = List(Value()) }; break;
                    case "--no-big-advance": o = o with { BigAdvance = false }; break;
                    case "--no-quiet-variant": o = o with { QuietVariant = false }; break;
                    case "--candidate": o = o with { Candidates = [.. o.Candidates, Candidate(Value())] }; break;
                    case "--prism": o = o with { Prism = Value() }; break;
                    case "--prism-spec": o = o with { PrismSpec = Value() }; break;
                    case "--side-workers": o = o with { SideWorkers = Positive(Value()) }; break;
                    default: throw new FormatException($"unknown option {args[i]}");
                }
            }
        }
        catch (FormatException e)
        {
            problem = e.Message;
            return null;
        }
        if (dll is null || !File.Exists(dll))
        {
            problem = dll is null ? "--sandbox-dll is required" : $"no such file: {dll}";
            return null;
        }
        return o with { SandboxDll = Path.GetFullPath(dll) };
    }

    private static int Positive(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new FormatException($"not a positive number: {text}");

    private static (string, string) Candidate(string text)
    {
        var at = text.IndexOf('=', StringComparison.Ordinal);
        if (at <= 0 || !File.Exists(text[(at + 1)..])) throw new FormatException($"--candidate wants <label>=<existing dll>: {text}");
        return (text[..at], Path.GetFullPath(text[(at + 1)..]));
    }

    private static List<int> List(string text) => text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Positive).ToList();
}
