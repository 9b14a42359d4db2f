using System.Text.Json;
using Scalar.AspNetCore;
using YamlDotNet.Serialization;

namespace AiciSandbox.Server.Docs;

/// <summary>
/// Serves the contracts of <c>openapi/</c> as written (YAML, and the same document as JSON) and the Scalar docs UI, which
/// runs offline: its script is served from the package.
/// </summary>
internal static class DocsApi
{
    private static readonly string[] Documents = ["urssaf-tiers-prestation.v1", "sandbox-control.v1"];

    public static WebApplication MapDocs(this WebApplication app)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "openapi");
        app.MapGet("/openapi/{name}.yaml", (string name) => File(folder, name) is { } path
            ? Results.File(path, "application/yaml; charset=utf-8")
            : Results.NotFound()).ExcludeFromDescription();
        app.MapGet("/openapi/{name}.json", (string name) => File(folder, name) is { } path
            ? Results.Text(ToJson(path), "application/json; charset=utf-8")
            : Results.NotFound()).ExcludeFromDescription();
        app.MapScalarApiReference("/docs", options =>
        {
            options.WithTitle("AiciSandbox — API Tiers de Prestation");
            foreach (var name in Documents)
                options.AddDocument(name, name, $"/openapi/{name}.yaml", isDefault: name == Documents[0]);
        });
        return app;
    }

    private static string? File(string folder, string name)
    {
        if (!Documents.Contains(name)) return null;
        var path = Path.Combine(folder, name + ".yaml");
        return System.IO.File.Exists(path) ? path : null;
    }

    private static string ToJson(string yamlPath)
    {
        var graph = new DeserializerBuilder().Build().Deserialize<object>(System.IO.File.ReadAllText(yamlPath));
        var json = new SerializerBuilder().JsonCompatible().Build().Serialize(graph);
        return JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement, new JsonSerializerOptions { WriteIndented = true });
    }
}
