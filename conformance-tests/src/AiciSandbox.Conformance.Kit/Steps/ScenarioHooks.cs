using AiciSandbox.Conformance.Kit.Scenarios;
using AiciSandbox.Conformance.Kit.Wire;
using AiciSandbox.Conformance.Runner.Bindings;
using AiciSandbox.Conformance.Runner.Execution;

namespace AiciSandbox.Conformance.Kit.Steps;

/// <summary>
/// After each scenario, the report gets the rule it checks, every exchange the software had with the sandbox and, when
/// transcripts are kept, the HAR file (its path, and a link relative to the reports' folder for the HTML report).
/// </summary>
[Binding]
public sealed class ScenarioHooks(ConformanceWorld world, ScenarioInfo scenario, IServiceProvider services)
{
    [AfterScenario]
    public async Task AttachWire()
    {
        if (ScenarioRules.Of(scenario.Scenario) is { Length: > 0 } rule) world.Attachments.AttachText("règle vérifiée", rule);
        if (!world.HasSandbox) return;
        world.Attachments.AttachText(Cli.ScenarioAttachmentNames.Tenant, world.Control.Tenant.Id);
        var wire = await world.Wire.IntegratorAsync(CancellationToken.None);
        world.Attachments.AttachText($"échanges du logiciel avec l'URSSAF ({wire.Count}), tenant {world.Control.Tenant.Id}", WireReport.Lines(wire));
        if (services.GetService(typeof(WireArchive)) is WireArchive { Directory: { } directory })
        {
            var file = Path.Combine(directory, $"{Path.GetFileNameWithoutExtension(scenario.Scenario.Uri)}-L{scenario.Scenario.Line}-{world.Control.Tenant.Id}.har");
            Directory.CreateDirectory(directory);
            await File.WriteAllTextAsync(file, HarArchive.Of(wire, world.Control.BaseUrl, $"{scenario.FeatureName} — {scenario.Title}"));
            world.Attachments.AttachText("transcription HAR (DevTools, Insomnia…)", file);
            // The link of the HTML report, written next to the wire folder (--out): relative, so the folder can move.
            world.Attachments.Attach("transcription HAR : lien", "text/uri-list", $"{Path.GetFileName(directory)}/{Uri.EscapeDataString(Path.GetFileName(file))}");
        }
    }
}
