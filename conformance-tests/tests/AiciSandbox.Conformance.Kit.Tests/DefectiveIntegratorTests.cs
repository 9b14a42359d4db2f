using AiciSandbox.Conformance.Kit.Tests.Support;
using AiciSandbox.Conformance.Runner.Execution;
using AiciSandbox.ReferenceIntegrator;

namespace AiciSandbox.Conformance.Kit.Tests;

/// <summary>
/// Each defective integrator — the reference with one realistic bug — fails the scenario aimed at its bug, with a message
/// that names the broken rule; the reference passes the same scenario (ReferenceIntegratorTests).
/// </summary>
public sealed class DefectiveIntegratorTests
{
    public static TheoryData<Defect, string, string, string> Aims()
    {
        var rows = new TheoryData<Defect, string, string, string>();
        foreach (var a in DefectAim.All) rows.Add(a.Defect, a.Scenario, a.FailingStep, a.Rule);
        return rows;
    }

    [Theory]
    [MemberData(nameof(Aims))]
    public async Task Defect_FailsItsAimedScenario_NamingTheRule(Defect defect, string scenario, string failingStep, string rule)
    {
        await using var kit = await KitSession.StartAsync(defect);

        var results = await kit.PlayAsync(scenario);

        results.Should().OnlyContain(r => r.Status == ResultStatus.Failed, $"the {Defects.NameOf(defect)} bug breaks « {scenario} »");
        var failed = results.Select(r => r.FailedStep!).ToList();
        failed.Should().OnlyContain(s => s.Step.Text.Contains(failingStep), "the step that checks the rule is the one that fails");
        failed.Should().OnlyContain(s => s.ErrorMessage!.Contains(rule), "the failure names the broken rule");
    }

    [Fact]
    public void EveryDefect_IsAimedAt() => Aims().Select(row => (Defect)row[0]).Should().BeEquivalentTo(Enum.GetValues<Defect>());

    [Fact]
    public async Task ResendsAfterTimeout_IsCaughtOnTheWire_AsADuplicateRefused()
    {
        await using var kit = await KitSession.StartAsync(Defect.ResendsAfterTimeout);

        var result = (await kit.PlayAsync("la demande n'est pas envoyée deux fois")).Single();

        var evidence = result.Attachments.Single(a => a.Name.StartsWith("échanges du logiciel avec l'URSSAF", StringComparison.Ordinal));
        evidence.Content.Split('\n').Count(line => line.Contains("POST /atp/v1/tiersPrestations/demandePaiement →") && !line.Contains("→ 401"))
            .Should().Be(2, "the lost answer's submission and the blind resend both reach the service (a 401 for the expired token does not)");
    }
}
