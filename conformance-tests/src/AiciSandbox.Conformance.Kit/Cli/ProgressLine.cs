using AiciSandbox.Conformance.Runner.Execution;

namespace AiciSandbox.Conformance.Kit.Cli;

/// <summary>One line per finished scenario, and the reason under a failure.</summary>
internal static class ProgressLine
{
    private static readonly Lock Gate = new();

    public static void Write(TextWriter output, ScenarioProgress progress, ExpectedFailures expected)
    {
        if (progress.Kind != ScenarioProgressKind.Finished || progress.Result is not { } result) return;
        lock (Gate)
        {
            var reason = expected.ReasonFor(result);
            var mark = result.Passed ? "ok  " : result.Status switch
            {
                ResultStatus.Skipped => "saut",
                ResultStatus.Undefined => "NON DÉFINI",
                ResultStatus.Ambiguous => "AMBIGU",
                _ => reason is null ? "ÉCHEC" : "ÉCHEC ATTENDU",
            };
            output.WriteLine($"[{progress.Index + 1,2}/{progress.Total}] {mark} {result.FeatureName} — {result.Name} ({result.Duration.TotalSeconds:0.0} s)");
            if (result.Passed) return;
            if (reason is not null) output.WriteLine($"        (attendu : {reason})");
            if (result.FailedStep is { } step)
                output.WriteLine($"        à l'étape « {step.Step.Text} » : {step.ErrorMessage ?? step.Snippet ?? step.Status.ToString()}");
            else if (result.ErrorMessage is { } error)
                output.WriteLine($"        {error}");
        }
    }
}
