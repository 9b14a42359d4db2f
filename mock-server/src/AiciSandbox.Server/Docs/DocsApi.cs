using System.Text.Json;
using Scalar.AspNetCore;
using YamlDotNet.Serialization;

namespace AiciSandbox.Server.Docs;

/// <summary>
/// Serves the URSSAF contract of <c>openapi/</c> as written (YAML, and the same document as JSON; it is URSSAF's, so it
/// stays contract-first), the control API's document as generated from the endpoints (<see cref="ControlOpenApi"/>), and
/// the Scalar docs UI, which runs offline: its script is served from the package.
/// </summary>
internal static class DocsApi
{
    private const string Urssaf = "urssaf-tiers-prestation.v1";

    private static readonly string[] Documents = [Urssaf, ControlOpenApi.DocumentName];

    public static WebApplication MapDocs(this WebApplication app)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "openapi");
        var urssaf = Path.Combine(folder, Urssaf + ".yaml");
        app.MapGet($"/openapi/{Urssaf}.yaml", () => Results.File(urssaf, "application/yaml; charset=utf-8")).ExcludeFromDescription();
        app.MapGet($"/openapi/{Urssaf}.json", () => Results.Text(ToJson(urssaf), "application/json; charset=utf-8")).ExcludeFromDescription();
        app.MapOpenApi("/openapi/{documentName}.yaml");
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/docs", options =>
        {
            options.WithTitle("AiciSandbox — API Tiers de Prestation");
            foreach (var name in Documents)
                options.AddDocument(name, name, $"/openapi/{name}.yaml", isDefault: name == Documents[0]);
        });
        return app;
    }

    private static string ToJson(string yamlPath)
    {
        var graph = new DeserializerBuilder().Build().Deserialize<object>(System.IO.File.ReadAllText(yamlPath));
        var json = new SerializerBuilder().JsonCompatible().Build().Serialize(graph);
        return JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement, new JsonSerializerOptions { WriteIndented = true });
    }
}
