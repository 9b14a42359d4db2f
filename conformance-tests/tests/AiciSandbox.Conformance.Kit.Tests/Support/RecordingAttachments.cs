using AiciSandbox.Conformance.Runner.Execution;

namespace AiciSandbox.Conformance.Kit.Tests.Support;

/// <summary>Attachments kept in a list, for kit pieces tested outside a scenario.</summary>
public sealed class RecordingAttachments : IScenarioAttachments
{
    private readonly List<ScenarioAttachment> _items = [];

    public IReadOnlyList<ScenarioAttachment> Items => _items;

    public void Attach(string name, string mediaType, string content) => _items.Add(new ScenarioAttachment(name, mediaType, content, null, DateTimeOffset.UnixEpoch));
}
