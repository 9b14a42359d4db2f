using System.Text;
using AiciSandbox.Conformance.Runner.Execution;

namespace AiciSandbox.Conformance.Runner.Reports;

/// <summary>
/// A plain-text account of one scenario, in French like the scenarios: where it is, each step with its status
/// (<see cref="StatusLabels"/>), why it failed, the skeletons of undefined steps and the names of its attachments. Used
/// by the xunit integration, JUnit bodies and consoles.
/// </summary>
public static class StepReport
{
    /// <summary>Formats one scenario result.</summary>
    public static string Format(ScenarioResult result)
    {
        var text = new StringBuilder();
        text.AppendLine($"Scénario : {result.Name} — {StatusLabels.Of(result.Status)}");
        text.AppendLine($"  Fonctionnalité : {result.FeatureName} ({result.Uri}:{result.Line})");
        if (result.Tags.Count > 0) text.AppendLine($"  Tags : {string.Join(' ', result.Tags)}");
        foreach (var hook in result.Hooks.Where(h => h.Status != ResultStatus.Passed))
            AppendIndented(text, $"  [crochet en échec] {hook.ErrorMessage}");
        foreach (var step in result.Steps)
        {
            text.AppendLine($"  {Marker(step.Status),-14} {step.Step} ({result.Uri}:{step.Step.Line})");
            if (step.ErrorMessage is not null && step.Status != ResultStatus.Skipped) AppendIndented(text, step.ErrorMessage, "                 ");
            if (step.Snippet is not null) AppendIndented(text, step.Snippet, "                   ");
        }
        if (result.Attachments.Count > 0)
            text.AppendLine($"  Pièces jointes : {string.Join(", ", result.Attachments.Select(a => $"{a.Name} ({a.MediaType})"))}");
        return text.ToString();
    }

    /// <summary>A one-line status marker, e.g. <c>[en échec]</c>.</summary>
    public static string Marker(ResultStatus status) => $"[{StatusLabels.Of(status)}]";

    private static void AppendIndented(StringBuilder text, string block, string indent = "")
    {
        foreach (var line in block.ReplaceLineEndings("\n").Split('\n')) text.Append(indent).AppendLine(line);
    }
}
