using AiciSandbox.Contract.Tests.Drift;
using AiciSandbox.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AiciSandbox.Contract.Tests.Control;

/// <summary>
/// <c>openapi/sandbox-control.v1.yaml</c> is what Microsoft.AspNetCore.OpenApi generates from the control endpoints: this
/// test fails with the diff when the code and the committed file differ. To accept the code's version, run
/// <c>scripts/regenerate-openapi.sh</c> (it sets <see cref="RegenerateVariable"/> and runs this test).
/// </summary>
public sealed class ControlDocumentTests : IAsyncLifetime
{
    public const string RegenerateVariable = "AICISANDBOX_REGENERATE_OPENAPI";

    private static readonly string CommittedPath = Path.Combine(ContractFiles.RepoRoot, "openapi", "sandbox-control.v1.yaml");

    private readonly SandboxHost host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task CommittedControlDocument_IsTheOneGeneratedFromTheEndpoints()
    {
        var generated = Normalize(await host.CreateClient().GetStringAsync("/openapi/sandbox-control.v1.yaml"));
        if (Environment.GetEnvironmentVariable(RegenerateVariable) == "1") await File.WriteAllTextAsync(CommittedPath, generated);
        var committed = Normalize(await File.ReadAllTextAsync(CommittedPath));

        var diff = LineDiff.Between(committed, generated);
        if (diff.Count > 0)
            Assert.Fail("openapi/sandbox-control.v1.yaml differs from the document generated from the code; if the code is right, run " +
                $"scripts/regenerate-openapi.sh and commit the file.\n--- committed\n+++ generated\n{string.Join('\n', diff)}");
    }

    [Fact]
    public void EveryControlRoute_DescribesItself_WithAnIdSummaryAndAnswer()
    {
        host.CreateClient().Dispose();
        var undocumented = host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/sandbox/v1", StringComparison.Ordinal) == true)
            .Where(e => e.Metadata.GetMetadata<IEndpointNameMetadata>() is null
                || string.IsNullOrWhiteSpace(e.Metadata.GetMetadata<IEndpointSummaryMetadata>()?.Summary)
                || !e.Metadata.OfType<IProducesResponseTypeMetadata>().Any(p => p.StatusCode is >= 200 and < 300))
            .Select(e => $"{string.Join(",", e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])} {e.RoutePattern.RawText}")
            .ToList();

        undocumented.Should().BeEmpty("each control route says .Doc(id, summary) and .Answers<T>(…) (see Control/ControlDocs.cs)");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n").TrimEnd('\n') + "\n";
}
