using System.Text;
using AiciSandbox.Conformance.Runner.Bindings;
using AiciSandbox.Conformance.Runner.Execution;
using Cucumber.Messages;
using Io.Cucumber.Messages.Types;

namespace AiciSandbox.Conformance.Runner.Reports;

/// <summary>
/// Writes a run as Cucumber Messages NDJSON (one envelope per line): meta, each feature's source, gherkinDocument and
/// pickles, step definitions and hooks, testRunStarted, testCases, then per scenario testCaseStarted, its steps'
/// testStepStarted/testStepFinished with attachments and suggestions, testCaseFinished, and testRunFinished.
/// </summary>
/// <remarks>Ids are generated in a fixed order, so the same results always give the same file.</remarks>
public static class CucumberMessagesReport
{
    /// <summary>Writes the envelopes to a text writer, one JSON object per line.</summary>
    public static void Write(TestRunResult run, TextWriter writer)
    {
        foreach (var envelope in Envelopes(run))
        {
            writer.Write(MessagesJson.Serialize(envelope));
            writer.Write('\n');
        }
        writer.Flush();
    }

    /// <summary>Writes UTF-8 NDJSON to a stream, leaving it open.</summary>
    public static void Write(TestRunResult run, Stream stream)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
        Write(run, writer);
    }

    /// <summary>The envelopes of a run, in the order they are written.</summary>
    public static IEnumerable<Envelope> Envelopes(TestRunResult run)
    {
        var ids = new MessageIds();
        var runId = ids.Next("run");
        yield return Envelope.Create(Meta());
        foreach (var feature in run.Features)
        {
            yield return Envelope.Create(feature.Source);
            yield return Envelope.Create(feature.Document);
        }
        foreach (var scenario in run.Scenarios) yield return Envelope.Create(scenario.Scenario.Pickle);

        var definitions = run.Scenarios.SelectMany(s => s.Steps)
            .SelectMany(s => s.Candidates ?? (s.Binding is null ? [] : [s.Binding])).Distinct()
            .ToDictionary(b => b, _ => ids.Next("stepdef"));
        foreach (var (binding, id) in definitions) yield return Envelope.Create(StepDefinition(binding, id));
        var hooks = run.Scenarios.SelectMany(s => s.Hooks).Select(h => h.Hook).Distinct().ToDictionary(h => h, _ => ids.Next("hook"));
        foreach (var (hook, id) in hooks) yield return Envelope.Create(Hook(hook, id));

        yield return Envelope.Create(new TestRunStarted(Time(run.StartedAt), runId));
        var cases = run.Scenarios.Select(s => new TestCaseMessages(s, ids, runId, definitions, hooks)).ToArray();
        foreach (var testCase in cases) yield return Envelope.Create(testCase.TestCase);
        foreach (var envelope in cases.SelectMany(c => c.Execution(ids))) yield return envelope;

        var message = run.RunHookErrors.Count == 0 ? null : string.Join(Environment.NewLine, run.RunHookErrors);
        yield return Envelope.Create(new TestRunFinished(message, run.Success, Time(run.StartedAt + run.Duration), null, runId));
    }

    internal static Timestamp Time(DateTimeOffset instant) =>
        new(instant.ToUnixTimeSeconds(), instant.UtcTicks % TimeSpan.TicksPerSecond * 100);

    internal static Duration Length(TimeSpan span) =>
        new((long)span.TotalSeconds, span.Ticks % TimeSpan.TicksPerSecond * 100);

    private static Meta Meta() => new(
        ProtocolVersion.Version,
        new Product("AiciSandbox.Conformance.Runner", typeof(CucumberMessagesReport).Assembly.GetName().Version?.ToString() ?? "0"),
        new Product(".NET", Environment.Version.ToString()),
        new Product(Environment.OSVersion.Platform.ToString(), Environment.OSVersion.Version.ToString()),
        new Product(System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture.ToString(), null),
        null);

    private static StepDefinition StepDefinition(StepBinding binding, string id) => new(
        id,
        new StepDefinitionPattern(binding.Expression.Source,
            binding.Expression.IsRegex ? StepDefinitionPatternType.REGULAR_EXPRESSION : StepDefinitionPatternType.CUCUMBER_EXPRESSION),
        new SourceReference($"{binding.BindingType.FullName}.{binding.Method.Name}", null, null, null));

    private static Hook Hook(HookBinding hook, string id) => new(
        id,
        hook.Name,
        new SourceReference($"{hook.BindingType.FullName}.{hook.Method.Name}", null, null, null),
        hook.TagSource.Count == 0 ? null : string.Join(" or ", hook.TagSource.Select(t => $"({t})")),
        hook.Kind == HookKind.BeforeScenario ? HookType.BEFORE_TEST_CASE : HookType.AFTER_TEST_CASE);

    /// <summary>Deterministic ids: a prefix and a counter.</summary>
    internal sealed class MessageIds
    {
        private int _next;

        public string Next(string prefix) => $"{prefix}-{_next++}";
    }
}
