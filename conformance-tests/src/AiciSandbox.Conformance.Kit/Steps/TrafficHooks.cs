using AiciSandbox.Conformance.Kit.Scenarios;
using AiciSandbox.Conformance.Kit.Wire;
using AiciSandbox.Conformance.Runner.Bindings;

namespace AiciSandbox.Conformance.Kit.Steps;

/// <summary>
/// After every scenario, the traffic judges that hold whatever the scenario does (TrafficJudge.All: polling budget, no
/// retry of a definite refusal, no second inscription, no 401 loop) read the whole journal: a waste the scenario did not
/// aim at still fails it, with the rule and the evidence.
/// </summary>
[Binding]
public sealed class TrafficHooks(ConformanceWorld world)
{
    [AfterScenario]
    public async Task JugerLeTrafic()
    {
        if (!world.HasSandbox) return;
        var wire = await world.Wire.IntegratorAsync(CancellationToken.None);
        var failed = TrafficJudge.All(wire).Where(v => !v.Passed).ToList();
        if (failed.Count == 0) return;
        world.Attachments.AttachText("trafic hors budget", WireReport.Lines(failed.SelectMany(v => v.Evidence).DistinctBy(e => e.Seq).OrderBy(e => e.Seq)));
        throw new ConformanceFailure(string.Join("\n", failed.Select(v => v.Failure)));
    }
}
