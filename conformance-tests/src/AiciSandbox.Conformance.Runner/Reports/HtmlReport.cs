using System.Globalization;
using System.Text;
using AiciSandbox.Conformance.Runner.Execution;

namespace AiciSandbox.Conformance.Runner.Reports;

/// <summary>
/// Writes a run as one self-contained, readable HTML page: summary counts, then per feature and scenario the steps
/// coloured by status, failure messages, skeletons for undefined steps, and attachments as collapsible blocks.
/// </summary>
/// <remarks>Every text coming from features, step code or attachments is HTML-encoded. No script, no external resource.</remarks>
public static class HtmlReport
{
    /// <summary>The whole page.</summary>
    public static string Create(TestRunResult run, string title = "Conformance report")
    {
        var html = new StringBuilder();
        html.AppendLine($"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{E(title)}</title>");
        html.AppendLine($"<style>{HtmlReportStyle.Css}</style></head><body>");
        html.AppendLine($"<h1>{E(title)}</h1>");
        html.Append($"<p class=\"summary\">{run.Scenarios.Count} scenario(s) — {(run.Success ? "PASSED" : "FAILED")} — ");
        html.Append($"started {run.StartedAt.ToString("u", CultureInfo.InvariantCulture)}, {Duration(run.Duration)}<br>");
        foreach (var status in Enum.GetValues<ResultStatus>().Where(s => run.Count(s) > 0))
            html.Append($"<span class=\"{Css(status)}\">{run.Count(status)} {Css(status)}</span>");
        html.AppendLine("</p>");
        foreach (var error in run.RunHookErrors) html.AppendLine($"<pre class=\"error\">{E(error)}</pre>");
        foreach (var feature in run.Scenarios.GroupBy(s => s.Scenario.Feature))
        {
            html.AppendLine($"<section><h2>{E(feature.Key.Name)} <small>{E(feature.Key.Uri)}</small></h2>");
            foreach (var scenario in feature) AppendScenario(html, scenario);
            html.AppendLine("</section>");
        }
        return html.AppendLine("</body></html>").ToString();
    }

    /// <summary>Writes the page as UTF-8 to a file.</summary>
    public static void Write(TestRunResult run, string path, string title = "Conformance report") =>
        File.WriteAllText(path, Create(run, title), new UTF8Encoding(false));

    private static void AppendScenario(StringBuilder html, ScenarioResult scenario)
    {
        var open = scenario.Passed ? "" : " open";
        html.AppendLine($"<details class=\"scenario {Css(scenario.Status)}\"{open}><summary>");
        html.AppendLine($"<span class=\"{Css(scenario.Status)}\">{Css(scenario.Status)}</span> {E(scenario.Name)} ");
        html.AppendLine($"<small>{E(scenario.Uri)}:{scenario.Line} {E(string.Join(' ', scenario.Tags))} {Duration(scenario.Duration)}</small></summary>");
        foreach (var hook in scenario.Hooks.Where(h => h.Status != ResultStatus.Passed))
            html.AppendLine($"<pre class=\"error\">{E(hook.ErrorMessage)}</pre>");
        html.AppendLine("<ol class=\"steps\">");
        for (var i = 0; i < scenario.Steps.Count; i++)
        {
            var step = scenario.Steps[i];
            html.Append($"<li class=\"step {Css(step.Status)}\"><span class=\"keyword\">{E(step.Step.Keyword.Trim())}</span> {E(step.Step.Text)}");
            html.AppendLine($"<span class=\"duration\">{Css(step.Status)}, {Duration(step.Duration)}</span>");
            if (step.Step.DataTable is { } table)
                html.AppendLine("<table class=\"args\">" + string.Concat(table.Rows.Select(r =>
                    "<tr>" + string.Concat(r.Cells.Select(c => $"<td>{E(c.Value)}</td>")) + "</tr>")) + "</table>");
            if (step.Step.DocString is { } doc) html.AppendLine($"<pre>{E(doc.Content)}</pre>");
            if (step.ErrorMessage is not null && step.Status != ResultStatus.Skipped) html.AppendLine($"<pre class=\"error\">{E(step.ErrorMessage)}</pre>");
            if (step.Snippet is not null) html.AppendLine($"<pre>{E(step.Snippet)}</pre>");
            AppendAttachments(html, scenario.Attachments.Where(a => a.StepIndex == i));
            html.AppendLine("</li>");
        }
        html.AppendLine("</ol>");
        AppendAttachments(html, scenario.Attachments.Where(a => a.StepIndex is null));
        html.AppendLine("</details>");
    }

    private static void AppendAttachments(StringBuilder html, IEnumerable<ScenarioAttachment> attachments)
    {
        foreach (var a in attachments)
            html.AppendLine($"<details class=\"attachment\"><summary>{E(a.Name)} <small>{E(a.MediaType)}</small></summary><pre>{E(a.Content)}</pre></details>");
    }

    /// <summary>Escapes the five HTML-significant characters and keeps everything else (accents stay readable).</summary>
    private static string E(string? text) => new StringBuilder(text ?? "")
        .Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;")
        .ToString();

    private static string Css(ResultStatus status) => status.ToString().ToLowerInvariant();

    private static string Duration(TimeSpan duration) => duration.TotalSeconds >= 1
        ? duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s"
        : duration.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";
}
