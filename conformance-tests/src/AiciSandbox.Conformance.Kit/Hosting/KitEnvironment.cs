using AiciSandbox.Conformance.Kit.Cli;
using AiciSandbox.Conformance.Kit.Sandbox;
using AiciSandbox.Conformance.Kit.Scenarios;

namespace AiciSandbox.Conformance.Kit.Hosting;

/// <summary>
/// What a conformance run plays against, whichever host runs it (the command line or SpecFlow): the sandbox (given, or
/// hosted in-process), the integrator's driver (given, or the reference integrator hosted in-process with its defects),
/// their HTTP clients, checked to answer before any scenario. Disposing stops what was started.
/// </summary>
public sealed class KitEnvironment : IAsyncDisposable
{
    private readonly LoopbackApp? _sandbox;
    private readonly LoopbackApp? _integrator;
    private readonly HttpClient _sandboxHttp;
    private readonly HttpClient _driverHttp;

    private KitEnvironment(LoopbackApp? sandbox, LoopbackApp? integrator, Uri sandboxUrl, Uri driverUrl, TimeSpan driverTimeout, SandboxCredentials bootstrap)
    {
        _sandbox = sandbox;
        _integrator = integrator;
        SandboxUrl = sandboxUrl;
        DriverUrl = driverUrl;
        _sandboxHttp = KitHttp.NewClient(sandboxUrl, TimeSpan.FromSeconds(30));
        _driverHttp = KitHttp.NewClient(driverUrl, driverTimeout);
        Connections = new KitConnections(_sandboxHttp, _driverHttp, bootstrap);
    }

    public Uri SandboxUrl { get; }

    public Uri DriverUrl { get; }

    /// <summary>True when the kit started the sandbox itself.</summary>
    public bool HostsSandbox => _sandbox is not null;

    public KitConnections Connections { get; }

    /// <param name="sandboxUrl">A running sandbox; null to host one (temporary SQLite).</param>
    /// <param name="driverUrl">The integrator's driver; ignored when <paramref name="referenceDefects"/> is given.</param>
    /// <param name="referenceDefects">Host the reference integrator with these defects (empty: the correct one).</param>
    /// <exception cref="KitException">The sandbox or the driver does not answer.</exception>
    public static async Task<KitEnvironment> StartAsync(Uri? sandboxUrl, Uri? driverUrl, IReadOnlySet<ReferenceIntegrator.Defect>? referenceDefects,
        SandboxCredentials bootstrap, TimeSpan driverTimeout, CancellationToken ct)
    {
        if (referenceDefects is null && driverUrl is null) throw new ArgumentException("Une adresse de pilote est nécessaire.");
        var sandbox = sandboxUrl is null ? await LoopbackApp.StartSandboxAsync() : null;
        var integrator = referenceDefects is { } defects ? await LoopbackApp.StartReferenceIntegratorAsync(defects) : null;
        var environment = new KitEnvironment(sandbox, integrator, sandboxUrl ?? sandbox!.Url, integrator?.Url ?? driverUrl!, driverTimeout, bootstrap);
        try
        {
            await Preflight.CheckAsync(environment._sandboxHttp, environment._driverHttp, ct);
            return environment;
        }
        catch
        {
            await environment.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _sandboxHttp.Dispose();
        _driverHttp.Dispose();
        if (_integrator is not null) await _integrator.DisposeAsync();
        if (_sandbox is not null) await _sandbox.DisposeAsync();
    }
}
