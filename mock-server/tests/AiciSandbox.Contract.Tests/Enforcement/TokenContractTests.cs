using System.Net;
using System.Text.Json.Nodes;
using AiciSandbox.Contract.Tests.Drift;
using AiciSandbox.Testing;

namespace AiciSandbox.Contract.Tests.Enforcement;

/// <summary>
/// Generated from <c>openapi/urssaf-tiers-prestation.v1.yaml</c>: every constraint of the token form
/// (<c>TokenRequest</c>: <c>grant_type</c> required, enum <c>client_credentials</c>) — a form that satisfies it gets a
/// token, one that breaks it alone is refused in the OAuth 2 format (RFC 6749 §5.2: 400 <c>invalid_request</c> or
/// <c>unsupported_grant_type</c>, naming <c>grant_type</c>). <c>client_id</c>/<c>client_secret</c> are « obligatoire sauf
/// en HTTP Basic », a rule of the description the schema cannot state; it is checked here too.
/// </summary>
public sealed class TokenContractTests : IAsyncLifetime
{
    private const string Path = "/api/oauth/v1/token";

    public static readonly IReadOnlyList<SchemaConstraint> Constraints =
        SchemaConstraints.OfRequestBody(ContractFiles.LoadOurContract(), Path, "post", "application/x-www-form-urlencoded", "form");

    private readonly SandboxHost host = new();
    private HttpClient http = null!;

    public Task InitializeAsync()
    {
        http = host.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    public static TheoryData<string> ConstraintNames => new(Constraints.Select(c => c.ToString()));

    [Fact]
    public void TheContract_RequiresGrantType_ClientCredentials() =>
        Constraints.Select(c => c.ToString()).Should().BeEquivalentTo("form.grant_type required", "form.grant_type enum [\"client_credentials\"]");

    [Theory]
    [MemberData(nameof(ConstraintNames))]
    public Task AFormSatisfyingTheConstraint_GetsAToken_AndOneBreakingIt_IsRefusedNamingGrantType(string name) =>
        ConstraintCheck.RunAsync(Constraints.Single(c => c.ToString() == name), Template, new ContractSurface(Send,
            async (answer, c) => answer.StatusCode == HttpStatusCode.BadRequest
                && JsonNode.Parse(await answer.Content.ReadAsStringAsync()) is { } error
                && error["error"]?.GetValue<string>() is "invalid_request" or "unsupported_grant_type"
                && error["error_description"]!.GetValue<string>().Contains(c.Pointer[^1], StringComparison.Ordinal),
            async answer => answer.StatusCode == HttpStatusCode.OK ? null : $"{(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync()}"));

    [Theory]
    [InlineData("client_id")]
    [InlineData("client_secret")]
    public async Task WithoutBasic_ClientIdAndSecretAreRequired(string field)
    {
        var form = (JsonObject)Template();
        form.Remove(field);

        var answer = await Send(form);

        answer.StatusCode.Should().BeOneOf(HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized);
        (await SandboxApi.JsonOf(answer))["error"]!.GetValue<string>().Should().BeOneOf("invalid_request", "invalid_client");
    }

    private static JsonNode Template() => new JsonObject
    {
        ["grant_type"] = "client_credentials",
        ["client_id"] = SandboxApi.DefaultClientId,
        ["client_secret"] = SandboxApi.DefaultClientSecret,
    };

    private Task<HttpResponseMessage> Send(JsonNode form) => http.PostAsync(Path, new FormUrlEncodedContent(
        form.AsObject().Select(f => KeyValuePair.Create(f.Key, f.Value?.ToString() ?? ""))));
}
