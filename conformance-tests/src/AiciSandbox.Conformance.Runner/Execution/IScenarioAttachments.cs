using System.Text.Encodings.Web;
using System.Text.Json;

namespace AiciSandbox.Conformance.Runner.Execution;

/// <summary>
/// The scenario-scoped place where step code attaches evidence for the reports; inject it in a binding or context
/// class constructor.
/// </summary>
/// <remarks>Thread-safe: steps may attach from concurrent tasks. Attachments keep their order of arrival.</remarks>
public interface IScenarioAttachments
{
    /// <summary>Attaches a text with its media type.</summary>
    void Attach(string name, string mediaType, string content);

    /// <summary>Attaches plain text.</summary>
    void AttachText(string name, string text) => Attach(name, "text/plain", text);

    /// <summary>
    /// Attaches JSON: a string is taken as already serialized, anything else is serialized indented, with accents and
    /// markup characters kept as they are (reports escape them when they display the text).
    /// </summary>
    void AttachJson(string name, object? value) =>
        Attach(name, "application/json", value as string ?? JsonSerializer.Serialize(value, IndentedJson));

    /// <summary>What has been attached so far, in order.</summary>
    IReadOnlyList<ScenarioAttachment> Items { get; }

    private static readonly JsonSerializerOptions IndentedJson = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
