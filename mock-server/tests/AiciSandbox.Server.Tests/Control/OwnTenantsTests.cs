using System.Net;
using System.Text.Json.Nodes;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Control;

/// <summary>
/// <c>GET /sandbox/v1/tenants</c> lists the caller and the tenants it created; <c>DELETE /sandbox/v1/tenants/{id}</c> deletes one
/// of them with its data, tokens and journal: its credentials and tokens get 401 afterwards. Others' tenants are unknown.
/// </summary>
public sealed class OwnTenantsTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task TheList_HoldsTheCallerAndTheTenantsItCreated_Only()
    {
        var operatorApi = await fixture.NewTenantAsync();
        var created = await CreateAsync(operatorApi, "recette");
        var someoneElse = await fixture.NewTenantAsync();
        await CreateAsync(someoneElse, "ailleurs");

        var list = (await (await operatorApi.GetAsync("/sandbox/v1/tenants")).ShouldBeOkJsonAsync()).AsArray();

        list.Texts("clientId").Should().Equal(operatorApi.ClientId, created.Text("clientId"));
        list[0]!["courant"]!.GetValue<bool>().Should().BeTrue();
        list.ToJsonString().Should().NotContain("clientSecret").And.NotContain("ailleurs");
    }

    [Fact]
    public async Task ADeletedTenant_LosesItsCredentialsTokensAndData()
    {
        var operatorApi = await fixture.NewTenantAsync();
        var created = await CreateAsync(operatorApi, "jetable");
        var doomed = new SandboxApi(fixture.Client, created.Text("clientId"), created.Text("clientSecret"));
        await doomed.AuthenticateAsync();
        await doomed.RegisterAsync(TestData.Particulier());

        var deleted = await operatorApi.SendAsync(HttpMethod.Delete, $"/sandbox/v1/tenants/{created.Text("tenantId")}", null);

        deleted.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await doomed.GetAsync("/sandbox/v1/clock")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var token = await fixture.Client.PostAsync("/api/oauth/v1/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = doomed.ClientId, ["client_secret"] = doomed.ClientSecret,
        }));
        token.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await (await operatorApi.GetAsync("/sandbox/v1/tenants")).ShouldBeOkJsonAsync()).AsArray().Should().ContainSingle();
    }

    [Fact]
    public async Task AnotherOperatorsTenant_IsUnknown_AndTheDefaultTenantIsKept()
    {
        var operatorApi = await fixture.NewTenantAsync();
        var someoneElse = await fixture.NewTenantAsync();
        var theirs = await CreateAsync(someoneElse, "à eux");
        var admin = new SandboxApi(fixture.Client, SandboxApi.DefaultClientId, SandboxApi.DefaultClientSecret);
        await admin.AuthenticateAsync("sandbox.control");

        await (await operatorApi.SendAsync(HttpMethod.Delete, $"/sandbox/v1/tenants/{theirs.Text("tenantId")}", null))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "TENANT_INCONNU");
        await (await admin.SendAsync(HttpMethod.Delete, "/sandbox/v1/tenants/default", null))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "TENANT_PAR_DEFAUT");
        (await (await someoneElse.GetAsync("/sandbox/v1/tenants")).ShouldBeOkJsonAsync()).AsArray().Should().HaveCount(2);
    }

    [Fact]
    public async Task TheProvisionalPasswordEmail_IsMaskedInTheApisOutbox()
    {
        var api = await fixture.NewTenantAsync();
        var idClient = await api.RegisterAsync(TestData.Particulier());

        var email = (await api.OutboxAsync($"kind=MOT_DE_PASSE_PROVISOIRE&idClient={idClient}")).Single()!;

        email.Text("corps").Should().Contain("masqué").And.NotContain("Mot de passe provisoire :");
    }

    private static async Task<JsonNode> CreateAsync(SandboxApi creator, string label)
    {
        var response = await creator.PostJsonAsync("/sandbox/v1/tenants", new JsonObject { ["label"] = label });
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        return await SandboxApi.JsonOf(response);
    }
}
