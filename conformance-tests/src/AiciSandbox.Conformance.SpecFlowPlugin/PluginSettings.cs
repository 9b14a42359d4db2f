using System.Text.Json;

namespace AiciSandbox.Conformance.SpecFlowPlugin;

/// <summary>
/// The settings of a hosted run, by name: the environment variable <c>AICI_CONFORMANCE_&lt;NAME&gt;</c> first
/// (<c>AICI_CONFORMANCE_DRIVER</c>), then the <c>"aiciConformance"</c> section of <c>specflow.json</c> next to the tests.
/// </summary>
public sealed class PluginSettings(IReadOnlyDictionary<string, string> file, Func<string, string?> environment)
{
    /// <summary>The name of the <c>specflow.json</c> section.</summary>
    public const string Section = "aiciConformance";

    public string? Get(string name) =>
        environment("AICI_CONFORMANCE_" + name.ToUpperInvariant()) is { Length: > 0 } fromEnvironment ? fromEnvironment
        : file.TryGetValue(name, out var fromFile) && fromFile.Length > 0 ? fromFile
        : null;

    public static PluginSettings FromEnvironmentAndFile() =>
        new(ReadFile(Path.Combine(AppContext.BaseDirectory, "specflow.json")), Environment.GetEnvironmentVariable);

    /// <summary>The string values of the section (names compared without case).</summary>
    public static IReadOnlyDictionary<string, string> ReadFile(string path)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (!File.Exists(path)) return values;
        using var json = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (json.RootElement.TryGetProperty(Section, out var section) && section.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in section.EnumerateObject())
                values[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
        }
        return values;
    }
}
