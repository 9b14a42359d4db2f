using AiciSandbox.Bench;

// Composition root: the one place that reads the machine's clock (for the results file's date) and the process signals.
// Whatever the mode, a server this run started dies with it, even when the run fails before its finally blocks (the volume
// phases left a sandbox running when its start failed).
AppDomain.CurrentDomain.ProcessExit += (_, _) => { foreach (var server in ServerProcess.Live.ToList()) server.KillNow(); };
if (args.Length > 0 && args[0] == PeerHost.Command) return await PeerHost.RunAsync(args[1..]);
if (args.Length > 0 && args[0] == KestrelFloor.Command) return await KestrelFloor.RunAsync(args[1..]);
if (args.Length > 0 && args[0] == SoakRun.Command) return await SoakRun.RunAsync(args[1..], CancellationToken.None);

if (args.Any(a => a is "--help" or "-h"))
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}

var options = BenchOptions.Parse(args, out var problem);
if (options is null)
{
    await Console.Error.WriteLineAsync(problem);
    await Console.Error.WriteLineAsync(BenchOptions.Usage);
    return 2;
}
options = options with { Date = options.Date ?? DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime) };

using var stop = new CancellationTokenSource();
void Cancel(System.Runtime.InteropServices.PosixSignalContext context)
{
    context.Cancel = true;
    Console.Error.WriteLine($"[bench] {context.Signal}: stopping the servers…");
    stop.Cancel();
}
using var sigint = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGINT, Cancel);
using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, Cancel);
using var sighup = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGHUP, Cancel);

return options.Volume > 0 ? await Volume.RunAsync(options, stop.Token) : await BenchRun.RunAsync(options, stop.Token);
