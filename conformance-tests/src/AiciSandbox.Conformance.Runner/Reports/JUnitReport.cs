using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using AiciSandbox.Conformance.Runner.Execution;

namespace AiciSandbox.Conformance.Runner.Reports;

/// <summary>
/// Writes a run as JUnit XML for CI: one <c>testsuite</c> per feature, one <c>testcase</c> per scenario
/// (<c>classname</c> = feature, <c>name</c> = scenario title), a <c>failure</c> naming the step that failed.
/// </summary>
/// <remarks>
/// Undefined and ambiguous scenarios are failures too (<c>type="non définie"</c>/<c>"ambiguë"</c>, the labels of <see cref="StatusLabels"/>): CI must not pass
/// over a step nobody implemented. Scenarios skipped by cancellation are <c>skipped</c>. When a feature has several
/// scenarios with the same title (outline rows), the line is appended to keep test names distinct.
/// </remarks>
public static class JUnitReport
{
    /// <summary>The report as an XML document.</summary>
    public static XDocument Create(TestRunResult run)
    {
        var suites = run.Scenarios.GroupBy(s => s.Scenario.Feature).Select(Suite).ToArray();
        var root = new XElement("testsuites",
            new XAttribute("name", "conformance"),
            Counts(run.Scenarios),
            new XAttribute("time", Seconds(run.Duration)),
            suites);
        if (run.RunHookErrors.Count > 0) root.AddFirst(new XElement("system-err", Clean(string.Join(Environment.NewLine, run.RunHookErrors))));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root);
    }

    /// <summary>Writes the report as UTF-8 XML, leaving the stream open.</summary>
    public static void Write(TestRunResult run, Stream stream)
    {
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), CloseOutput = false });
        Create(run).Save(writer);
    }

    private static XElement Suite(IGrouping<Pickles.FeatureFile, ScenarioResult> feature)
    {
        var duplicates = feature.GroupBy(s => s.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        return new XElement("testsuite",
            new XAttribute("name", feature.Key.Name),
            Counts(feature.ToArray()),
            new XAttribute("time", Seconds(feature.Aggregate(TimeSpan.Zero, (t, s) => t + s.Duration))),
            new XAttribute("timestamp", feature.Min(s => s.StartedAt).ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture)),
            new XAttribute("file", feature.Key.Uri),
            feature.Select(s => Case(s, duplicates.Contains(s.Name) ? $"{s.Name} (ligne {s.Line})" : s.Name)));
    }

    private static XElement Case(ScenarioResult result, string name)
    {
        var element = new XElement("testcase",
            new XAttribute("classname", result.FeatureName),
            new XAttribute("name", name),
            new XAttribute("time", Seconds(result.Duration)),
            new XAttribute("file", result.Uri),
            new XAttribute("line", result.Line));
        var report = Clean(StepReport.Format(result));
        switch (result.Status)
        {
            case ResultStatus.Passed:
                element.Add(new XElement("system-out", report));
                break;
            case ResultStatus.Skipped:
                element.Add(new XElement("skipped", new XAttribute("message", result.ErrorMessage ?? StatusLabels.Of(ResultStatus.Skipped))));
                break;
            default:
                element.Add(new XElement("failure",
                    new XAttribute("message", Clean(FailureMessage(result))),
                    new XAttribute("type", StatusLabels.Of(result.Status)),
                    report));
                break;
        }
        return element;
    }

    private static string FailureMessage(ScenarioResult result)
    {
        var step = result.FailedStep;
        var firstLine = (result.ErrorMessage ?? StatusLabels.Of(result.Status)).ReplaceLineEndings("\n").Split('\n')[0];
        return step is null
            ? firstLine
            : $"Étape « {step.Step} » ({result.Uri}:{step.Step.Line}) {StatusLabels.Of(step.Status)} : {firstLine}";
    }

    private static XAttribute[] Counts(IReadOnlyCollection<ScenarioResult> results) =>
    [
        new("tests", results.Count),
        new("failures", results.Count(r => r.Status is not (ResultStatus.Passed or ResultStatus.Skipped))),
        new("errors", 0),
        new("skipped", results.Count(r => r.Status == ResultStatus.Skipped)),
    ];

    /// <summary>Drops characters XML cannot carry (control characters from a response body, for instance).</summary>
    private static string Clean(string text) => new(text.Where(XmlConvert.IsXmlChar).ToArray());

    private static string Seconds(TimeSpan duration) => duration.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
}
