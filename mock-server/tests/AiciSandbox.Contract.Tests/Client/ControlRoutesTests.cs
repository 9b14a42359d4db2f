using AiciSandbox.Contract.Tests.Drift;
using AiciSandbox.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AiciSandbox.Contract.Tests.Client;

/// <summary>
/// The control API the server maps and the one <c>openapi/sandbox-control.v1.yaml</c> documents are the same set of
/// operations: a route added without its contract, or a contract entry without its route, fails here.
/// </summary>
public sealed class ControlRoutesTests : IAsyncLifetime
{
    private readonly SandboxHost host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public void ServerControlRoutes_AreExactlyThoseOfTheControlContract()
    {
        host.CreateClient().Dispose();
        var served = host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/sandbox/v1", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} {e.RoutePattern.RawText}"))
            .ToHashSet();
        var contract = YamlJson.Parse(File.ReadAllText(Path.Combine(ContractFiles.RepoRoot, "openapi", "sandbox-control.v1.yaml")));
        var documented = contract["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Select(op => $"{op.Key.ToUpperInvariant()} {p.Key}"))
            .ToHashSet();

        served.Except(documented).Should().BeEmpty("every control route needs its entry in openapi/sandbox-control.v1.yaml");
        documented.Except(served).Should().BeEmpty("every documented control operation must be served");
    }
}
