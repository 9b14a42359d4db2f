using System.Text.Json;
using System.Text.Json.Serialization;
using AiciSandbox.Domain.PaymentRequests;
using AiciSandbox.Domain.Particuliers;
using AiciSandbox.Domain.Tenants;

namespace AiciSandbox.Server.Storage;

/// <summary>How domain records are written into the store's <c>data</c> columns.</summary>
internal static class StorageJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters =
        {
            new JsonStringEnumConverter(),
            new StringValueConverter<TenantId>(v => v.Value, s => new TenantId(s)),
            new StringValueConverter<ParticulierId>(v => v.Value, s => new ParticulierId(s)),
            new StringValueConverter<DemandeId>(v => v.Value, s => new DemandeId(s)),
        },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new InvalidDataException($"Stored {typeof(T).Name} is null.");

    private sealed class StringValueConverter<T>(Func<T, string> write, Func<string, T> read) : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => read(reader.GetString()!);

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(write(value));
    }
}
