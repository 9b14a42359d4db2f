using AiciSandbox.Conformance.Runner.Bindings;
using AiciSandbox.Conformance.Runner.Execution;
using Io.Cucumber.Messages.Types;
using static AiciSandbox.Conformance.Runner.Reports.CucumberMessagesReport;

namespace AiciSandbox.Conformance.Runner.Reports;

/// <summary>The testCase message of one scenario result and the messages of its execution.</summary>
internal sealed class TestCaseMessages
{
    private readonly ScenarioResult _result;
    private readonly IReadOnlyList<string> _stepIds;
    private readonly IReadOnlyList<string> _hookIds;
    private readonly (HookResult Hook, int Index)[] _before;
    private readonly (HookResult Hook, int Index)[] _after;

    public TestCaseMessages(ScenarioResult result, MessageIds ids, string runId,
        IReadOnlyDictionary<StepBinding, string> definitions, IReadOnlyDictionary<HookBinding, string> hooks)
    {
        _result = result;
        _hookIds = result.Hooks.Select(_ => ids.Next("teststep")).ToArray();
        _stepIds = result.Steps.Select(_ => ids.Next("teststep")).ToArray();
        var indexed = result.Hooks.Select((h, i) => (h, i)).ToArray();
        _before = indexed.Where(x => x.h.Hook.Kind == HookKind.BeforeScenario).ToArray();
        _after = indexed.Where(x => x.h.Hook.Kind != HookKind.BeforeScenario).ToArray();
        var testSteps = _before.Select(x => HookStep(x.Hook, x.Index, hooks))
            .Concat(result.Steps.Select((s, i) => PickleStep(s, i, definitions)))
            .Concat(_after.Select(x => HookStep(x.Hook, x.Index, hooks)))
            .ToList();
        TestCase = new TestCase(ids.Next("testcase"), result.Scenario.Pickle.Id, testSteps, runId);
    }

    public TestCase TestCase { get; }

    public IEnumerable<Envelope> Execution(MessageIds ids)
    {
        var startedId = ids.Next("testcasestarted");
        yield return Envelope.Create(new TestCaseStarted(0, startedId, TestCase.Id, null, Time(_result.StartedAt)));
        foreach (var envelope in _before.SelectMany(x => HookFinished(startedId, x.Hook, x.Index))) yield return envelope;
        for (var i = 0; i < _result.Steps.Count; i++)
        {
            var step = _result.Steps[i];
            foreach (var envelope in Finished(startedId, _stepIds[i], step.StartedAt, step.Duration, step.Status, step.ErrorMessage, step.Exception))
                yield return envelope;
            foreach (var attachment in _result.Attachments.Where(a => a.StepIndex == i))
                yield return Envelope.Create(Attachment(attachment, startedId, _stepIds[i]));
            if (step.Snippet is not null)
                yield return Envelope.Create(new Suggestion(ids.Next("suggestion"), step.Step.Pickle.Id, [new Snippet("csharp", step.Snippet)]));
        }
        foreach (var attachment in _result.Attachments.Where(a => a.StepIndex is null))
            yield return Envelope.Create(Attachment(attachment, startedId, null));
        foreach (var envelope in _after.SelectMany(x => HookFinished(startedId, x.Hook, x.Index))) yield return envelope;
        yield return Envelope.Create(new TestCaseFinished(startedId, Time(_result.StartedAt + _result.Duration), false));
    }

    private IEnumerable<Envelope> HookFinished(string startedId, HookResult hook, int index) =>
        Finished(startedId, _hookIds[index], hook.StartedAt, hook.Duration, hook.Status, hook.ErrorMessage, hook.Exception);

    private static IEnumerable<Envelope> Finished(string startedId, string stepId, DateTimeOffset startedAt, TimeSpan duration,
        ResultStatus status, string? message, System.Exception? exception)
    {
        yield return Envelope.Create(new TestStepStarted(startedId, stepId, Time(startedAt)));
        var error = exception is null ? null : new Io.Cucumber.Messages.Types.Exception(exception.GetType().FullName, exception.Message, exception.StackTrace);
        var result = new TestStepResult(Length(duration), message, Status(status), error);
        yield return Envelope.Create(new TestStepFinished(startedId, stepId, result, Time(startedAt + duration)));
    }

    private TestStep HookStep(HookResult hook, int index, IReadOnlyDictionary<HookBinding, string> hooks) =>
        new(hooks[hook.Hook], _hookIds[index], null, null, null);

    private TestStep PickleStep(StepResult step, int index, IReadOnlyDictionary<StepBinding, string> definitions)
    {
        var bindings = step.Candidates ?? (step.Binding is null ? [] : [step.Binding]);
        var arguments = step.Binding is null || step.Status == ResultStatus.Ambiguous
            ? []
            : new List<StepMatchArgumentsList> { Arguments(step.Binding, step.Step.Text) };
        return new TestStep(null, _stepIds[index], step.Step.Pickle.Id, bindings.Select(b => definitions[b]).ToList(), arguments);
    }

    private static StepMatchArgumentsList Arguments(StepBinding binding, string text) => new(
        (binding.Expression.Match(text) ?? []).Select((value, i) => new StepMatchArgument(
            new Group([], null, value), binding.Expression.Parameters[i].TypeName)).ToList());

    private static Attachment Attachment(ScenarioAttachment attachment, string startedId, string? stepId) => new(
        attachment.Content, AttachmentContentEncoding.IDENTITY, attachment.Name, attachment.MediaType,
        null, startedId, stepId, null, null, null, Time(attachment.AttachedAt));

    private static TestStepResultStatus Status(ResultStatus status) => status switch
    {
        ResultStatus.Passed => TestStepResultStatus.PASSED,
        ResultStatus.Failed => TestStepResultStatus.FAILED,
        ResultStatus.Undefined => TestStepResultStatus.UNDEFINED,
        ResultStatus.Ambiguous => TestStepResultStatus.AMBIGUOUS,
        _ => TestStepResultStatus.SKIPPED,
    };
}
