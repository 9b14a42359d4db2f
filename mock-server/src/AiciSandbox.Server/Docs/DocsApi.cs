using System.Text.Json;
using AiciSandbox.Domain.Tenants;
using AiciSandbox.Server.Auth;
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

    /// <summary>The OAuth2 client-credentials scheme's name in both documents.</summary>
    public const string SecurityScheme = "securityHeader";

    private static readonly string[] Documents = [Urssaf, ControlOpenApi.DocumentName];

    private const string OfflineCss = "a[href^='https://scalar.com'], a[href^='https://client.scalar.com'] { display: none !important; }";

    public static WebApplication MapDocs(this WebApplication app)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "openapi");
        var urssaf = Path.Combine(folder, Urssaf + ".yaml");
        app.MapGet($"/openapi/{Urssaf}.yaml", () => Results.File(urssaf, "application/yaml; charset=utf-8")).ExcludeFromDescription();
        app.MapGet($"/openapi/{Urssaf}.json", () => Results.Text(ToJson(urssaf), "application/json; charset=utf-8")).ExcludeFromDescription();
        app.MapOpenApi("/openapi/{documentName}.yaml");
        app.MapOpenApi("/openapi/{documentName}.json");
        var tenant = app.Services.GetRequiredService<SandboxOptions>().DefaultTenant;
        app.MapScalarApiReference("/docs", (options, http) =>
        {
            options.WithTitle("AiciSandbox — API Tiers de Prestation");
            foreach (var name in Documents)
                options.AddDocument(name, name, $"/openapi/{name}.yaml", isDefault: name == Documents[0]);
            // Requests go to the sandbox that served the page, whatever its address (docker port mapping, --urls).
            options.Servers = [new ScalarServer($"{http.Request.Scheme}://{http.Request.Host}", "This sandbox")];
            // Both documents name the token flow "securityHeader": prefilled with the default tenant, both scopes, so a
            // token for the URSSAF API and the control API is one click away ("Authorize" in either document).
            options.AddPreferredSecuritySchemes(SecurityScheme)
                .AddClientCredentialsFlow(SecurityScheme, flow => flow
                    .WithTokenUrl(TokenApi.Path)
                    .WithClientId(tenant.ClientId)
                    .WithClientSecret(tenant.ClientSecret)
                    .WithCredentialsLocation(CredentialsLocation.Body)
                    .WithSelectedScopes(Scopes.Api, Scopes.Control));
            // Offline docs: nothing that calls or links to the internet — no AI agent ("Ask AI"), MCP, telemetry, CDN fonts,
            // toolbar ("Deploy", "Generate SDK", "Share"), "Open API Client" (client.scalar.com), "Powered by Scalar" link
            // or proxy. The "Test Request" client runs in the page against this sandbox.
            options.DisableAgent().DisableMcp().DisableTelemetry().DisableDefaultFonts().HideDeveloperTools().HideClientButton();
            options.ProxyUrl = null;
            options.CustomCss = OfflineCss;
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
