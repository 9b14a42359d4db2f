using System.Text.Json;
using System.Xml.Linq;
using AiciSandbox.Conformance.Kit.Cli;
using AiciSandbox.Conformance.Kit.Tests.Support;

namespace AiciSandbox.Conformance.Kit.Tests;

/// <summary>
/// <c>aici-conformance</c> as CI calls it: exit code, progress, and the three reports. The runs target the shared sandbox
/// (<c>--sandbox</c>) and host their own reference integrator; one test also runs two gates at once against it.
/// </summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly DirectoryInfo _out = Directory.CreateTempSubdirectory("aici-kit-cli-");

    public void Dispose() => _out.Delete(recursive: true);

    [Fact]
    public async Task Run_AgainstTheReference_Exits0_AndWritesJUnitNdjsonAndHtml()
    {
        var (exit, output) = await RunAsync("run", "--reference-integrator", "--sandbox", (await SharedSandbox.UrlAsync()).ToString(),
            "--scenarios", ProductScenarios.Directory, "--tags", "@jeton", "--out", _out.FullName);

        exit.Should().Be(0, output);
        output.Should().Contain("[ 1/3] ok").And.Contain("3 réussi(s), 0 en échec sur 3.");
        var junit = XDocument.Load(Path.Combine(_out.FullName, "junit.xml"));
        junit.Descendants("testcase").Should().HaveCount(3);
        junit.Descendants("failure").Should().BeEmpty();
        var messages = File.ReadAllLines(Path.Combine(_out.FullName, "cucumber.ndjson")).Select(line => JsonDocument.Parse(line)).ToList();
        var finished = messages.Select(m => m.RootElement).Where(m => m.TryGetProperty("testRunFinished", out _)).Should().ContainSingle().Which;
        finished.GetProperty("testRunFinished").GetProperty("success").GetBoolean().Should().BeTrue();
        File.ReadAllText(Path.Combine(_out.FullName, "report.html")).Should().Contain("<title>AiciSandbox — conformité API Tiers de Prestation</title>")
            .And.Contain("\"name\":\"Le jeton expiré est renouvelé\"").And.Contain("\"status\":\"PASSED\"")
            .And.Contain("échanges du logiciel avec l'URSSAF", "the wire evidence is an attachment of the standard report")
            .And.Contain("\"body\":\"wire/01-jeton-L", "each scenario links its HAR transcript").And.Contain("\"mediaType\":\"text/uri-list\"");
        var transcripts = Directory.GetFiles(Path.Combine(_out.FullName, "wire"), "01-jeton-L*.har");
        transcripts.Should().HaveCount(3, "one HAR transcript per scenario");
        transcripts.Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.GetProperty("log").GetProperty("entries").GetArrayLength())
            .Should().OnlyContain(n => n > 0);
    }

    [Fact]
    public async Task Run_AgainstADefectiveIntegrator_Exits1_AndTheJUnitFailureNamesTheRule()
    {
        var (exit, output) = await RunAsync("run", "--reference-integrator", "--defect", "token-every-call", "--sandbox", (await SharedSandbox.UrlAsync()).ToString(),
            "--scenarios", ProductScenarios.Directory, "--tags", "@jeton", "--out", _out.FullName);

        exit.Should().Be(1, output);
        output.Should().Contain("ÉCHEC Jeton d'accès OAuth — Le jeton est obtenu une fois puis réutilisé pour plusieurs appels");
        var failure = XDocument.Load(Path.Combine(_out.FullName, "junit.xml")).Descendants("failure").Should().ContainSingle().Which;
        failure.Attribute("message")!.Value.Should().Contain("Règle EX-02 (CGU art. 4.3, quotas)").And.Contain("1 attendu");
        File.ReadAllText(Path.Combine(_out.FullName, "report.html")).Should().Contain("\"status\":\"FAILED\"").And.Contain("Règle EX-02 (CGU art. 4.3, quotas)")
            .And.Contain("preuves sur le fil").And.Contain("rejouer : curl -X", "the evidence the judge found, with its curl reproducers, is attached to the failed step");
    }

    [Fact]
    public async Task ExpectedFailures_LetAKnownFailurePass_SayItIsExpected_AndNameListedScenariosThatNowPass()
    {
        var list = Path.Combine(_out.FullName, "attendus.json");
        File.WriteAllText(list, """
            {"attendus": [
              {"scenario": "Le jeton est obtenu une fois puis réutilisé pour plusieurs appels", "raison": "FAC-812 : cache du jeton livré en 4.3"},
              {"scenario": "Le jeton expiré est renouvelé", "raison": "FAC-790"},
              {"scenario": "Un scénario renommé depuis", "raison": "FAC-500"}
            ]}
            """);

        var (exit, output) = await RunAsync("run", "--reference-integrator", "--defect", "token-every-call", "--sandbox", (await SharedSandbox.UrlAsync()).ToString(),
            "--scenarios", ProductScenarios.Directory, "--tags", "@jeton", "--expected-failures", list, "--out", _out.FullName);

        exit.Should().Be(0, output);
        output.Should().Contain("ÉCHEC ATTENDU Jeton d'accès OAuth — Le jeton est obtenu une fois").And.Contain("(attendu : FAC-812 : cache du jeton livré en 4.3)")
            .And.Contain("dont 1 attendu(s) et 0 nouveau(x)")
            .And.Contain("Réussit désormais, à retirer des échecs attendus : « Le jeton expiré est renouvelé »")
            .And.Contain("Échec attendu sans scénario correspondant dans ce profil : « Un scénario renommé depuis »");
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(_out.FullName, "summary.json")));
        summary.RootElement.GetProperty("resultat").GetString().Should().Be("reussi");
        summary.RootElement.GetProperty("compteurs").GetProperty("echecs_attendus").GetInt32().Should().Be(1);
        var failed = summary.RootElement.GetProperty("scenarios").EnumerateArray().Single(s => s.GetProperty("statut").GetString() == "failed");
        failed.GetProperty("echec_attendu").GetString().Should().Be("FAC-812 : cache du jeton livré en 4.3");
        failed.GetProperty("regle").GetString().Should().StartWith("Règle : EX-01 et EX-02");
        failed.GetProperty("tenant").GetString().Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task ExpectedFailures_DoNotHideANewFailure()
    {
        var list = Path.Combine(_out.FullName, "attendus.json");
        File.WriteAllText(list, """{"attendus": [{"scenario": "Le jeton expiré est renouvelé", "raison": "FAC-790"}]}""");

        var (exit, output) = await RunAsync("run", "--reference-integrator", "--defect", "token-every-call", "--sandbox", (await SharedSandbox.UrlAsync()).ToString(),
            "--scenarios", ProductScenarios.Directory, "--tags", "@jeton", "--expected-failures", list, "--out", _out.FullName);

        exit.Should().Be(1, output);
        output.Should().Contain("dont 0 attendu(s) et 1 nouveau(x)");
    }

    [Fact]
    public async Task ExpectedFailures_WhenTheFileDoesNotExist_AreNone_AndTheRunSaysSo()
    {
        var absent = Path.Combine(_out.FullName, "conformance", "expected-failures.json");

        var (passing, passed) = await RunAsync("run", "--reference-integrator", "--sandbox", (await SharedSandbox.UrlAsync()).ToString(),
            "--scenarios", ProductScenarios.Directory, "--tags", "@jeton", "--expected-failures", absent, "--out", Path.Combine(_out.FullName, "ok"));
        var (failing, failed) = await RunAsync("run", "--reference-integrator", "--defect", "token-every-call", "--sandbox", (await SharedSandbox.UrlAsync()).ToString(),
            "--scenarios", ProductScenarios.Directory, "--tags", "@jeton", "--expected-failures", absent, "--out", Path.Combine(_out.FullName, "ko"));

        passing.Should().Be(0, passed);
        passed.Should().Contain($"Pas de liste d'échecs attendus ({absent} n'existe pas)");
        failing.Should().Be(1, failed);
    }

    [Theory]
    [InlineData("""{"attendus": [{"scenario": "Le jeton expiré est renouvelé"}]}""")]
    [InlineData("""{"attendus": [""")]
    public async Task ExpectedFailures_ThatCannotBeRead_StopTheRun(string content)
    {
        var list = Path.Combine(_out.FullName, "attendus.json");
        File.WriteAllText(list, content);

        var (exit, _) = await RunAsync("run", "--reference-integrator", "--sandbox", (await SharedSandbox.UrlAsync()).ToString(),
            "--scenarios", ProductScenarios.Directory, "--expected-failures", list, "--out", Path.Combine(_out.FullName, "report"));

        exit.Should().Be(2);
    }

    [Fact]
    public async Task TwoGatesAtOnce_OnOneSandbox_DoNotInterfere()
    {
        var sandbox = (await SharedSandbox.UrlAsync()).ToString();
        var good = Directory.CreateDirectory(Path.Combine(_out.FullName, "good")).FullName;
        var bad = Directory.CreateDirectory(Path.Combine(_out.FullName, "bad")).FullName;

        var runs = await Task.WhenAll(
            RunAsync("run", "--reference-integrator", "--sandbox", sandbox, "--scenarios", ProductScenarios.Directory, "--tags", "@cycle or @demande", "--out", good),
            RunAsync("run", "--reference-integrator", "--defect", "polls-finished-demandes", "--sandbox", sandbox, "--scenarios", ProductScenarios.Directory,
                "--tags", "@cycle or @demande", "--out", bad));

        runs[0].Exit.Should().Be(0, runs[0].Output);
        runs[1].Exit.Should().Be(1, runs[1].Output);
        XDocument.Load(Path.Combine(bad, "junit.xml")).Descendants("failure").Should().ContainSingle()
            .Which.Parent!.Attribute("name")!.Value.Should().Contain("Les demandes soldées ne sont plus interrogées");
    }

    [Theory]
    [InlineData("run")]
    [InlineData("run", "--driver", "pas-une-adresse")]
    [InlineData("run", "--driver", "http://127.0.0.1:9", "--tags", "@requis and")]
    [InlineData("run", "--driver", "http://127.0.0.1:9", "--defect", "no-retry")]
    [InlineData("run", "--reference-integrator", "--defect", "inconnu")]
    public async Task Run_WithBadArguments_Exits2_WithoutRunningAnything(params string[] args)
    {
        var (exit, _) = await RunAsync([.. args, "--scenarios", ProductScenarios.Directory, "--out", _out.FullName]);

        exit.Should().Be(2);
        File.Exists(Path.Combine(_out.FullName, "junit.xml")).Should().BeFalse();
    }

    [Fact]
    public async Task Run_AgainstAnUnreachableDriver_OrSandbox_Exits2_WithoutRunningAnyScenario()
    {
        var nowhere = Loopback.Nowhere().ToString();
        var sandbox = (await SharedSandbox.UrlAsync()).ToString();

        var noDriver = await RunAsync("run", "--driver", nowhere, "--sandbox", sandbox, "--scenarios", ProductScenarios.Directory, "--out", _out.FullName);
        var noSandbox = await RunAsync("run", "--reference-integrator", "--sandbox", nowhere, "--scenarios", ProductScenarios.Directory, "--out", _out.FullName);

        noDriver.Exit.Should().Be(2, noDriver.Output);
        noSandbox.Exit.Should().Be(2, noSandbox.Output);
        noDriver.Output.Should().NotContain("[ 1/");
        File.Exists(Path.Combine(_out.FullName, "junit.xml")).Should().BeFalse();
    }

    [Fact]
    public async Task Run_WithATagThatSelectsNothing_Exits2()
    {
        var (exit, output) = await RunAsync("run", "--reference-integrator", "--sandbox", (await SharedSandbox.UrlAsync()).ToString(),
            "--scenarios", ProductScenarios.Directory, "--tags", "@inexistant", "--out", _out.FullName);

        exit.Should().Be(2);
        output.Should().Contain("Aucun scénario");
    }

    [Fact]
    public async Task Run_WithAnUndefinedStep_Exits1_AndPrintsAPasteReadySkeleton()
    {
        var features = Directory.CreateDirectory(Path.Combine(_out.FullName, "features"));
        File.WriteAllText(Path.Combine(features.FullName, "essai.feature"), """
            # language: fr
            @requis
            Fonctionnalité: Essai
              Scénario: Une étape que personne n'a écrite
                Soit un bac à sable URSSAF dont l'horloge est arrêtée au "2026-03-02T08:00:00Z"
                Et le particulier "Jeanne" danse la gigue pendant 3 minutes
            """);

        var (exit, output) = await RunAsync("run", "--reference-integrator", "--sandbox", (await SharedSandbox.UrlAsync()).ToString(),
            "--scenarios", features.FullName, "--out", Path.Combine(_out.FullName, "report"));

        exit.Should().Be(1);
        output.Should().Contain("Étapes non définies").And.Contain("[Given(\"le particulier {string} danse la gigue pendant {int} minutes\")]");
        output.Should().Contain("non définie Essai").And.Contain("Étapes proches : « le particulier {string} ", "the nearest defined steps are suggested");
    }

    [Fact]
    public async Task List_ShowsEachRequiredScenarioWithItsRule()
    {
        var (exit, output) = await RunAsync("list", "--scenarios", ProductScenarios.Directory);

        exit.Should().Be(0);
        output.Should().Contain("Le jeton expiré est renouvelé").And.Contain("Règle : EX-03 et décision D9");
    }

    private static async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var exit = await KitProgram.Command(output).Parse(args, KitProgram.ParserSettings).InvokeAsync();
        return (exit, output.ToString());
    }
}
