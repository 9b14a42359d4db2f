using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Io.Cucumber.Messages.Types;

namespace AiciSandbox.Conformance.Runner.Reports;

/// <summary>
/// Serializes Cucumber messages the way the message schema spells them: camelCase names, absent optional fields,
/// enums as their schema strings (<c>PASSED</c>, <c>Context</c>, <c>text/x.cucumber.gherkin+plain</c>).
/// </summary>
/// <remarks>The Cucumber.Messages package brings the types but leaves serialization to the caller.</remarks>
public static class MessagesJson
{
    /// <summary>Options for one-line envelopes.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = false,
        Converters = { new SchemaEnumConverterFactory() },
    };

    /// <summary>One envelope as a single JSON line (no trailing newline).</summary>
    public static string Serialize(Envelope envelope) => JsonSerializer.Serialize(envelope, Options);

    /// <summary>Writes a message enum through its generated <c>XxxExtensions.Value</c> method.</summary>
    private sealed class SchemaEnumConverterFactory : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) =>
            typeToConvert.IsEnum && typeToConvert.Namespace == typeof(Envelope).Namespace;

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(SchemaEnumConverter<>).MakeGenericType(typeToConvert))!;
    }

    private sealed class SchemaEnumConverter<T> : JsonConverter<T> where T : struct, Enum
    {
        private static readonly MethodInfo? ValueMethod =
            typeof(T).Assembly.GetType(typeof(T).FullName + "Extensions")?.GetMethod("Value", [typeof(T)]);

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.GetString();
            return Enum.GetValues<T>().First(v => Text(v) == text);
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteStringValue(Text(value));

        private static string Text(T value) => ValueMethod?.Invoke(null, [value]) as string ?? value.ToString();
    }
}
