using System.Net;
using System.Net.Sockets;

namespace AiciSandbox.Server.Tests.Starting;

/// <summary>
/// Starting the sandbox where another program already listens prints one line — the address in use and how to choose
/// another — and exits with a non-zero code, without Kestrel's stack trace.
/// </summary>
public sealed class BusyPortTests
{
    [Fact]
    public async Task ASecondSandboxOnTheSamePort_SaysWhichAddressIsInUse_InOneLine_AndExits2()
    {
        var url = $"http://127.0.0.1:{ServerCommand.FreePort()}";
        await using var first = ServerCommand.Start("--urls", url);
        await first.UntilStartedAsync();

        await using var second = ServerCommand.Start("--urls", url);
        var exitCode = await second.ExitCodeAsync();

        exitCode.Should().Be(2, second.Output + second.Errors);
        var lines = second.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().ContainSingle($"one line, not a stack trace:\n{second.Errors}")
            .Which.Should().Contain($"{url} is already in use").And.Contain("--urls").And.Contain("ASPNETCORE_URLS");
        (second.Output + second.Errors).Should().NotContain("   at ").And.NotContain("Exception");
        second.Output.Should().NotContain("Application started").And.NotContain("AiciSandbox — URSSAF");
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        (await http.GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.OK, "the first sandbox is untouched");
    }

    [Fact]
    public async Task EveryAddressOfAPortTakenByAnotherProgram_IsInUse()
    {
        using var other = new TcpListener(IPAddress.Loopback, 0);
        other.Start();
        var port = ((IPEndPoint)other.LocalEndpoint).Port;

        await using var sandbox = ServerCommand.Start("--urls", $"http://*:{port}");
        var exitCode = await sandbox.ExitCodeAsync();

        exitCode.Should().Be(2, sandbox.Output + sandbox.Errors);
        sandbox.Errors.Trim().Should().Be(
            $"AiciSandbox cannot start: http://*:{port} is already in use by another program. "
            + $"Stop it, or choose another address: --urls http://*:{port + 1} (or ASPNETCORE_URLS=http://*:{port + 1}).");
    }
}
