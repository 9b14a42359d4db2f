using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiciSandbox.Server.Json;

/// <summary>
/// JSON as the URSSAF API speaks it: camelCase names as in the Swagger, case-sensitive, unknown properties ignored
/// (Spring's default), absent values omitted, French text unescaped, numbers strictly typed.
/// </summary>
internal static class ApiJson
{
    public const int MaxDepth = 32;

    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = false,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        MaxDepth = MaxDepth,
        NumberHandling = JsonNumberHandling.Strict,
        AllowTrailingCommas = false,
        ReadCommentHandling = JsonCommentHandling.Disallow,
        Converters = { new BoundedDecimalConverter(), new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
