using AiciSandbox.Conformance.Kit.Scenarios;
using AiciSandbox.Conformance.Kit.Wire;
using AiciSandbox.Conformance.Runner.Bindings;
using AiciSandbox.Conformance.Runner.Execution;

namespace AiciSandbox.Conformance.Kit.Steps;

/// <summary>After each scenario, the report gets the rule it checks and every exchange the software had with the sandbox.</summary>
[Binding]
public sealed class ScenarioHooks(ConformanceWorld world, ScenarioInfo scenario)
{
    [AfterScenario]
    public async Task AttachWire()
    {
        if (ScenarioRules.Of(scenario.Scenario) is { Length: > 0 } rule) world.Attachments.AttachText("règle vérifiée", rule);
        if (!world.HasSandbox) return;
        world.Attachments.AttachText(Cli.ScenarioAttachmentNames.Tenant, world.Control.Tenant.Id);
        var wire = await world.Wire.IntegratorAsync(CancellationToken.None);
        world.Attachments.AttachText($"échanges du logiciel avec l'URSSAF ({wire.Count}), tenant {world.Control.Tenant.Id}", WireReport.Lines(wire));
    }
}
