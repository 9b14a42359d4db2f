using System.Text.Json.Nodes;
using AiciSandbox.Contract.Tests.Drift;
using AiciSandbox.Testing;

namespace AiciSandbox.Contract.Tests.Enforcement;

/// <summary>
/// Generated from <c>openapi/urssaf-tiers-prestation.v1.yaml</c>: every constraint of the body of
/// <c>POST /demandePaiement</c> (the array's minItems, and each <c>InputDemandePaiement</c> and <c>InputPrestation</c>
/// field's required, minLength, maxLength, enum, format date-time and decimal, minItems) — a batch whose field satisfies it
/// is not refused for its schema (the rest is one valid demande of an activated particulier), and a batch whose field
/// breaks it alone is refused in 400 <c>ERREUR_VALIDATION</c> naming <c>inputDemandePaiements[0]…</c> (decision D4: a
/// schema violation rejects the whole batch; business rules answer 200 with the element's <c>errors</c>).
/// </summary>
public sealed class DemandePaiementContractTests : IAsyncLifetime
{
    private const string Path = "/atp/v1/tiersPrestations/demandePaiement";

    public static readonly IReadOnlyList<SchemaConstraint> Constraints =
        SchemaConstraints.OfRequestBody(ContractFiles.LoadOurContract(), Path, "post", "application/json", "inputDemandePaiements");

    private readonly SandboxHost host = new();
    private SandboxApi api = null!;
    private string idClient = null!;

    public async Task InitializeAsync()
    {
        api = await SandboxApi.CreateAsync(host.CreateClient());
        idClient = await api.RegisterActivatedAsync(TestData.Particulier());
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    public static TheoryData<string> ConstraintNames => new(Constraints.Select(c => c.ToString()));

    [Fact]
    public void TheContract_ConstrainsTheBatch_TheDemande_AndItsLines()
    {
        Constraints.Select(c => c.Kind).Distinct().Should().BeEquivalentTo(["required", "minLength", "maxLength", "enum", "format", "minItems"]);
        Constraints.Should().Contain(c => c.Path == "inputDemandePaiements" && c.Kind == "minItems")
            .And.Contain(c => c.Path == "inputDemandePaiements[0].inputPrestations[0].unite" && c.Kind == "enum")
            .And.Contain(c => c.Path == "inputDemandePaiements[0].mntFactureTTC" && c.Kind == "format");
    }

    [Fact]
    public async Task TheTemplate_IsAValidDemande_Integrated()
    {
        var answer = await api.PostJsonAsync(Path, Template());
        var body = await SandboxApi.JsonOf(answer);
        body[0]!["statut"]?.GetValue<string>().Should().Be("10", body.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(ConstraintNames))]
    public Task ARequestSatisfyingTheConstraint_IsNotRefused_AndOneBreakingIt_IsRefusedNamingTheField(string name) =>
        ConstraintCheck.RunAsync(Constraints.Single(c => c.ToString() == name), Template,
            ContractSurface.UrssafJson(body => api.PostJsonAsync(Path, body)));

    /// <summary>One valid demande (a fresh invoice number each time) of the activated particulier, in March 2026.</summary>
    private JsonNode Template() => new JsonArray(TestData.Demande(idClient, TestData.NumeroFacture()));
}
