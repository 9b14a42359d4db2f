using AiciSandbox.Conformance.Runner.Execution;
using AiciSandbox.Conformance.Runner.Reports;

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
            // « ok » and « ÉCHEC » stand out in a CI log; the other statuses read as in every report (« non définie »…).
            var mark = result.Passed ? "ok  " : result.Status switch
            {
                ResultStatus.Failed => reason is null ? "ÉCHEC" : "ÉCHEC ATTENDU",
                _ => StatusLabels.Of(result.Status),
            };
            output.WriteLine($"[{progress.Index + 1,2}/{progress.Total}] {mark} {result.FeatureName} — {result.Name} ({result.Duration.TotalSeconds:0.0} s)");
            if (result.Passed) return;
            if (reason is not null) output.WriteLine($"        (attendu : {reason})");
            if (result.FailedStep is { } step)
                output.WriteLine($"        à l'étape « {step.Step.Text} » : {step.ErrorMessage ?? step.Snippet ?? StatusLabels.Of(step.Status)}");
            else if (result.ErrorMessage is { } error)
                output.WriteLine($"        {error}");
        }
    }
}
