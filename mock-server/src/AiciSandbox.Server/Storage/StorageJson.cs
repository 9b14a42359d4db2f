using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
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
        // The store is no HTML page: a quote inside a string is \" (not \u0022) and é stays é. A journal entry (the bodies
        // are strings full of quotes) took 1,583 bytes instead of 1,263, on every journaled request.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { StoreOnlyWhatIsRead } },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>
    /// Writes records as the same JSON as <see cref="Write{T}"/> (of their runtime type), as UTF-8 (what SQLite stores), one
    /// after the other into one buffer that each call reuses: a bulk write of 90,000 rows allocates no array per row.
    /// </summary>
    public sealed class Utf8Writer
    {
        private readonly ArrayBufferWriter<byte> buffer = new(4096);
        private readonly Utf8JsonWriter writer;

        public Utf8Writer() => writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Options.Encoder, MaxDepth = Options.MaxDepth });

        /// <summary>The JSON of <paramref name="value"/>, valid until the next call.</summary>
        public ReadOnlySpan<byte> Write(object value)
        {
            buffer.ResetWrittenCount();
            writer.Reset();
            JsonSerializer.Serialize(writer, value, value.GetType(), Options);
            writer.Flush();
            return buffer.WrittenSpan;
        }
    }

    public static T Read<T>(ReadOnlySpan<byte> utf8) => JsonSerializer.Deserialize<T>(utf8, Options)
        ?? throw new InvalidDataException($"Stored {typeof(T).Name} is null.");

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new InvalidDataException($"Stored {typeof(T).Name} is null.");

    /// <summary>
    /// A record is stored as what rebuilds it: a computed property (a getter with no setter and no constructor parameter,
    /// such as <c>DemandePaiement.Dates</c> or <c>Argent</c>) is never read back, so it is not written either. It made a
    /// demande's row 28 % bigger, and a clock move rewrites 10,000 of them. Rows written before still read the same.
    /// </summary>
    private static void StoreOnlyWhatIsRead(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object) return;
        for (var i = type.Properties.Count - 1; i >= 0; i--)
        {
            if (type.Properties[i] is { Set: null, AssociatedParameter: null }) type.Properties.RemoveAt(i);
        }
    }

    private sealed class StringValueConverter<T>(Func<T, string> write, Func<string, T> read) : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => read(reader.GetString()!);

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(write(value));
    }
}
