using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AiciSandbox.Contract.Tests.Drift;

/// <summary>
/// A YAML document turned into the same <see cref="JsonNode"/> tree System.Text.Json gives for a JSON document, so both
/// contracts are read by one code path. Scalars stay text (the comparer compares texts); a plain <c>null</c>/<c>~</c> is null.
/// </summary>
public static class YamlJson
{
    public static JsonNode Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count != 1) throw new InvalidDataException($"Expected one YAML document, found {stream.Documents.Count}");
        return Convert(stream.Documents[0].RootNode) ?? throw new InvalidDataException("The YAML document is empty");
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(entry =>
            KeyValuePair.Create(KeyOf(entry.Key), Convert(entry.Value)))),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(Convert)]),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" } => null,
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => throw new InvalidDataException($"Unsupported YAML node at {node.Start}"),
    };

    private static string KeyOf(YamlNode key) =>
        key is YamlScalarNode { Value: { } text } ? text : throw new InvalidDataException($"Non-scalar key at {key.Start}");
}
