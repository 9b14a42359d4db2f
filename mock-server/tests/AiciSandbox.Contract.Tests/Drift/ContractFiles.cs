using System.Text.Json.Nodes;
using AiciSandbox.Testing;

namespace AiciSandbox.Contract.Tests.Drift;

/// <summary>
/// Where the two contracts live in the repository, found by walking up from the test binaries to the directory that
/// holds <c>AiciSandbox.sln</c> (CI runs on a fresh clone, so nothing outside the repository is required).
/// </summary>
public static class ContractFiles
{
    public const string SwaggerFileName = "api-tiers-de-prestation.swagger-1.29.1.json";

    public static string RepoRoot => Repository.Root;

    /// <summary>Our OpenAPI 3.0 contract, as the sandbox serves the API.</summary>
    public static string OurContractPath => Path.Combine(RepoRoot, "openapi", "urssaf-tiers-prestation.v1.yaml");

    /// <summary>The committed copy of the official Swagger 2.0, the oracle.</summary>
    public static string OfficialSwaggerPath => Path.Combine(RepoRoot, "openapi", "upstream", SwaggerFileName);

    /// <summary>The shared reference copy, next to the clone (<c>../shared/reference</c>); absent on some machines.</summary>
    public static string SharedReferenceSwaggerPath =>
        Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "reference", SwaggerFileName));

    public static JsonNode LoadOfficialSwagger() =>
        JsonNode.Parse(File.ReadAllText(OfficialSwaggerPath)) ?? throw new InvalidDataException($"{OfficialSwaggerPath} is empty");

    public static JsonNode LoadOurContract() => YamlJson.Parse(File.ReadAllText(OurContractPath));
}
