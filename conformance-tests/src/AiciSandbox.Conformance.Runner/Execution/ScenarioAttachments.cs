namespace AiciSandbox.Conformance.Runner.Execution;

/// <summary>The attachments of one scenario, tagged with the step running when each arrived.</summary>
internal sealed class ScenarioAttachments(TimeProvider time) : IScenarioAttachments
{
    private readonly Lock _lock = new();
    private readonly List<ScenarioAttachment> _items = [];
    private int? _currentStep;

    public IReadOnlyList<ScenarioAttachment> Items
    {
        get
        {
            lock (_lock) return _items.ToArray();
        }
    }

    public void Attach(string name, string mediaType, string content)
    {
        lock (_lock) _items.Add(new ScenarioAttachment(name, mediaType, content, _currentStep, time.GetUtcNow()));
    }

    internal void EnterStep(int? index)
    {
        lock (_lock) _currentStep = index;
    }
}
