using AiciSandbox.Conformance.Runner.Execution;

namespace AiciSandbox.Conformance.Kit.Cli;

/// <summary>One line per finished scenario, and the reason under a failure.</summary>
internal static class ProgressLine
{
    private static readonly Lock Gate = new();

    public static void Write(TextWriter output, ScenarioProgress progress)
    {
        if (progress.Kind != ScenarioProgressKind.Finished || progress.Result is not { } result) return;
        lock (Gate)
        {
            var mark = result.Passed ? "ok  " : result.Status == ResultStatus.Skipped ? "saut" : "ÉCHEC";
            output.WriteLine($"[{progress.Index + 1,2}/{progress.Total}] {mark} {result.FeatureName} — {result.Name} ({result.Duration.TotalSeconds:0.0} s)");
            if (result.Passed) return;
            if (result.FailedStep is { } step)
                output.WriteLine($"        à l'étape « {step.Step.Text} » : {step.ErrorMessage ?? step.Snippet ?? step.Status.ToString()}");
            else if (result.ErrorMessage is { } error)
                output.WriteLine($"        {error}");
        }
    }
}
