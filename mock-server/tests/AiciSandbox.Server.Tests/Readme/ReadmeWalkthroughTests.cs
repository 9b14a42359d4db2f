using System.Diagnostics;
using System.Text.RegularExpressions;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Readme;

/// <summary>
/// The README's curl walk-through and the two curl blocks of docs/lifecycle.md that continue it (transfer, then the
/// contestation, impayé and cancellation branches), run verbatim with bash against a sandbox on 127.0.0.1: if the docs and
/// the sandbox drift apart, this fails.
/// </summary>
public sealed partial class ReadmeWalkthroughTests : IAsyncLifetime
{
    private readonly SandboxHost host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Walkthrough_RunVerbatim_RegistersActivatesSendsAndFindsTheDemande()
    {
        var baseAddress = host.StartOnLoopback().ToString().TrimEnd('/');

        var (exitCode, output, errors) = await RunBashAsync(WalkthroughScript(), baseAddress);

        exitCode.Should().Be(0, errors);
        output.Should().Contain("\"code\":\"APPAREILLAGE_EC\"");
        output.Should().Contain("\"code\":\"APPAREILLAGE_VALIDE\"");
        output.Should().Contain("\"now\":\"2026-03-04T08:00:00.000Z\"");
        output.Should().Contain("\"numFactureTiers\":\"FAC-2026-0001\",\"statut\":\"10\"");
        output.Should().Contain("\"statut\":{\"code\":\"10\",\"libelle\":\"Intégrée\"}");
        output.Should().NotContain("\"errors\"");
    }

    [Fact]
    public async Task LifecycleWalkthrough_AfterTheReadme_PaysTheDemandeOnThe4thWorkingDay()
    {
        var baseAddress = host.StartOnLoopback().ToString().TrimEnd('/');

        var (exitCode, output, errors) = await RunBashAsync(WalkthroughScript() + "\n" + LifecycleScript(), baseAddress);

        exitCode.Should().Be(0, errors);
        output.Should().Contain("\"from\":\"10\",\"to\":\"20\"");
        output.Should().Contain("\"at\":\"2026-03-06T08:01:00.000Z\"").And.Contain("\"trigger\":\"AutoValidate\"");
        output.Should().Contain("\"at\":\"2026-03-10T05:00:00.000Z\"").And.Contain("\"trigger\":\"Debit\"");
        output.Should().Contain("\"statut\":{\"code\":\"70\",\"libelle\":\"Payée\"}");
        output.Should().Contain("\"infoVirement\":{\"mntVirement\":50.00,\"dateVirement\":\"2026-03-12T05:00:00Z\"}");
        output.Should().Contain("\"kind\":\"VIREMENT\"");
    }

    [Fact]
    public async Task BranchesWalkthrough_AfterTheLifecycle_ContestsRecoversAnImpayeCancelsAndShowsTheJournal()
    {
        var baseAddress = host.StartOnLoopback().ToString().TrimEnd('/');

        var (exitCode, output, errors) = await RunBashAsync(
            WalkthroughScript() + "\n" + LifecycleScript() + "\n" + BranchesScript(), baseAddress);

        exitCode.Should().Be(0, errors);
        output.Should().Contain("\"statut\":{\"code\":\"40\",\"libelle\":\"Refusée\"},\"infoRejet\":{\"code\":\"CONTEST_ERR_FACT\"");
        output.Should().Contain("\"kind\":\"CONTESTATION\"");
        output.Should().Contain("\"statut\":{\"code\":\"60\",\"libelle\":\"En refus de prélèvement\"}");
        output.Should().Contain("\"numFactureTiers\":\"FAC-2026-0004\",\"errors\":[{\"code\":\"ERR_CMPT_BLOQUE\"");
        output.Should().Contain("\"kind\":\"IMPAYE_ORGANISME\"").And.Contain("\"montant\":25.00,\"dateEffet\":\"2026-04-17T04:00:00.000Z\"");
        output.Should().Contain("\"code\":\"PARTICULIER_BLOQUE\"");
        output.Should().Contain("\"statut\":{\"code\":\"120\",\"libelle\":\"Recouvrée\"}");
        output.Should().Contain("\"from\":\"PARTICULIER_BLOQUE\",\"to\":\"APPAREILLAGE_VALIDE\"");
        output.Should().Contain("\"from\":\"70\",\"to\":\"110\"").And.Contain("\"statut\":\"110\"");
        output.Should().Contain("\"kind\":\"ANNULATION_ORGANISME\"").And.Contain("\"montant\":50.00,\"dateEffet\":\"2026-05-22T04:00:00.000Z\"");
        JournalSeqs().Matches(output).Should().HaveCount(5, "the journal step shows the last five exchanges");
        output.Should().Contain("\"path\":\"/sandbox/v1/demandes/").And.Contain("/annulation\"");
    }

    private static string WalkthroughScript() => Block("README.md", WalkthroughBlock(), "walkthrough");

    private static string LifecycleScript() => Block(Path.Combine("docs", "lifecycle.md"), LifecycleBlock(), "lifecycle");

    private static string BranchesScript() => Block(Path.Combine("docs", "lifecycle.md"), BranchesBlock(), "branches");

    private static string Block(string file, Regex markers, string name)
    {
        var block = markers.Match(File.ReadAllText(Path.Combine(Repository.Root, file)));
        block.Success.Should().BeTrue($"{file} must keep its curl block between the {name}:start/end markers");
        return block.Groups["script"].Value;
    }

    private static async Task<(int ExitCode, string Output, string Errors)> RunBashAsync(string script, string baseAddress)
    {
        var start = new ProcessStartInfo("bash", ["-e", "-o", "pipefail", "-c", script])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["BASE"] = baseAddress;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await output, await errors);
    }

    [GeneratedRegex(@"<!-- walkthrough:start -->\s*```bash\n(?<script>.*?)```\s*<!-- walkthrough:end -->", RegexOptions.Singleline)]
    private static partial Regex WalkthroughBlock();

    [GeneratedRegex(@"<!-- lifecycle:start -->\s*```bash\n(?<script>.*?)```\s*<!-- lifecycle:end -->", RegexOptions.Singleline)]
    private static partial Regex LifecycleBlock();

    [GeneratedRegex(@"<!-- branches:start -->\s*```bash\n(?<script>.*?)```\s*<!-- branches:end -->", RegexOptions.Singleline)]
    private static partial Regex BranchesBlock();

    /// <summary>A journal entry as the control API prints it.</summary>
    [GeneratedRegex(@"\{""seq"":\d+,""entry"":")]
    private static partial Regex JournalSeqs();
}
