using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiciSandbox.Server.Json;

/// <summary>
/// Reads amounts and quantities as <c>decimal</c> strictly below ±10^12 (a thousand billion euros or hours). The rules multiply
/// and add these values (quantité × unitaire, Σ lines), which overflows near <c>decimal</c>'s limit of about 7.9 × 10^28;
/// a larger value is a format error on its field (HTTP 400 <c>ERREUR_VALIDATION</c>), never a server error.
/// </summary>
internal sealed class BoundedDecimalConverter : JsonConverter<decimal>
{
    public const decimal Limit = 1_000_000_000_000m;

    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = reader.GetDecimal();
        return Math.Abs(value) < Limit ? value : throw new JsonException($"la valeur doit être inférieure à {Limit} en valeur absolue");
    }

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}
