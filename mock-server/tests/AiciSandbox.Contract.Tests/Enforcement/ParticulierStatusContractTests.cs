using System.Net;
using System.Text.Json.Nodes;
using AiciSandbox.Contract.Tests.Drift;
using AiciSandbox.Testing;

namespace AiciSandbox.Contract.Tests.Enforcement;

/// <summary>
/// Generated from <c>openapi/urssaf-tiers-prestation.v1.yaml</c>: the query parameters of <c>GET /particulier</c> (M020,
/// decision D5) as the contract declares them — each one <c>required: false</c>, so a search by the other alone finds the
/// particulier — and the description's rule « au moins un des deux paramètres est obligatoire (sinon 400
/// ERREUR_VALIDATION) ».
/// </summary>
public sealed class ParticulierStatusContractTests : IAsyncLifetime
{
    private static readonly JsonArray Parameters =
        ContractFiles.LoadOurContract()["paths"]!["/atp/v1/tiersPrestations/particulier"]!["get"]!["parameters"]!.AsArray();

    private readonly SandboxHost host = new();
    private SandboxApi api = null!;
    private readonly Dictionary<string, string> values = new();

    public async Task InitializeAsync()
    {
        api = await SandboxApi.CreateAsync(host.CreateClient());
        var particulier = TestData.Particulier();
        values["idClient"] = await api.RegisterAsync(particulier);
        values["adresseMail"] = particulier["adresseMail"]!.GetValue<string>();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    public static TheoryData<string> ParameterNames => new(Parameters.Select(p => p!["name"]!.GetValue<string>()));

    [Fact]
    public void TheContract_DeclaresIdClientAndAdresseMail_BothOptional() =>
        Parameters.Select(p => (p!["name"]!.GetValue<string>(), p["in"]!.GetValue<string>(), p["required"]!.ToString()))
            .Should().BeEquivalentTo([("idClient", "query", "false"), ("adresseMail", "query", "false")]);

    [Theory]
    [MemberData(nameof(ParameterNames))]
    public async Task AnOptionalParameter_CanBeLeftOut_TheOtherFindsTheParticulier(string left)
    {
        var given = values.Where(v => v.Key != left).ToList();

        var answer = await api.GetAsync($"{SandboxApi.Urssaf}/particulier?{string.Join('&', given.Select(v => $"{v.Key}={Uri.EscapeDataString(v.Value)}"))}");

        answer.StatusCode.Should().Be(HttpStatusCode.OK, await answer.Content.ReadAsStringAsync());
        (await SandboxApi.JsonOf(answer))["idClient"]!.GetValue<string>().Should().Be(values["idClient"]);
    }

    [Fact]
    public async Task NeitherParameter_IsErreurValidation()
    {
        var answer = await api.GetAsync($"{SandboxApi.Urssaf}/particulier");

        answer.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await SandboxApi.ErrorCodesOf(answer)).Should().Equal("ERREUR_VALIDATION");
    }
}
