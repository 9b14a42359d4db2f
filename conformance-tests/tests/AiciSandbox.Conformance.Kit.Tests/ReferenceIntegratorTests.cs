using AiciSandbox.Conformance.Kit.Tests.Support;
using AiciSandbox.Conformance.Runner.Xunit;
using Xunit.Abstractions;

namespace AiciSandbox.Conformance.Kit.Tests;

/// <summary>The reference integrator in-process, for one test class.</summary>
public sealed class ReferenceIntegratorFixture : IAsyncLifetime
{
    public KitSession Kit { get; private set; } = null!;

    public async Task InitializeAsync() => Kit = await KitSession.StartAsync();

    public async Task DisposeAsync() => await Kit.DisposeAsync();
}

/// <summary>
/// Every scenario of scenarios/ (the @requis profile and the others) played against the reference integrator: one xunit
/// case per scenario, named by its title. The correct software must pass them all.
/// </summary>
public sealed class ReferenceIntegratorTests(ReferenceIntegratorFixture reference, ITestOutputHelper output) : IClassFixture<ReferenceIntegratorFixture>
{
    public static IEnumerable<object[]> Scenarios() => GherkinScenarioSource.FromDirectory(ProductScenarios.Directory);

    [Theory]
    [MemberData(nameof(Scenarios))]
    public Task Scenario(GherkinScenarioCase scenario) => XunitScenarioRunner.RunAsync(scenario, reference.Kit.Session, output);
}
