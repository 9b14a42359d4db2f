using System.Text.Json;

namespace AiciSandbox.Bench;

internal static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
