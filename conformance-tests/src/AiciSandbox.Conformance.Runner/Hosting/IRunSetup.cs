using Microsoft.Extensions.DependencyInjection;

namespace AiciSandbox.Conformance.Runner.Hosting;

/// <summary>
/// What a binding assembly prepares once for a run hosted by another test framework (SpecFlow): the services its
/// bindings need (connections, archives…) and what they talk to. The host finds every public class implementing it in
/// the binding assemblies and calls it before the first scenario.
/// </summary>
/// <remarks>
/// The command line does its own preparation from its options; a host that has no command line (SpecFlow under
/// <c>dotnet test</c>) reads the settings from the environment or its configuration file instead.
/// </remarks>
public interface IRunSetup
{
    /// <summary>
    /// Registers services in <paramref name="services"/>; what is returned is disposed at the end of the run (null when
    /// nothing was started).
    /// </summary>
    /// <param name="services">The run's services, before the binding classes are added.</param>
    /// <param name="settings">A setting by name (e.g. <c>sandbox</c>, <c>driver</c>), or null when not configured.</param>
    /// <param name="cancellation">Cancels the preparation.</param>
    Task<IAsyncDisposable?> SetUpAsync(IServiceCollection services, Func<string, string?> settings, CancellationToken cancellation);
}
