using System.Text.Json;
using System.Text.Json.Nodes;

namespace AiciSandbox.Conformance.Kit.Wire;

/// <summary>Reads what a software sent without trusting its shape: a text only when it is a JSON string.</summary>
public static class JsonText
{
    public static string? AsText(this JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
