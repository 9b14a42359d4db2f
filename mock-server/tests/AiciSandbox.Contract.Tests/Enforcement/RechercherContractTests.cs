using System.Net;
using System.Text.Json.Nodes;
using AiciSandbox.Contract.Tests.Drift;
using AiciSandbox.Testing;

namespace AiciSandbox.Contract.Tests.Enforcement;

/// <summary>
/// Generated from <c>openapi/urssaf-tiers-prestation.v1.yaml</c>: every constraint of <c>InputRechercheDemandePaiement</c>
/// (the period's format date-time) — a search whose field satisfies it is not refused for its schema (it may find nothing:
/// <c>ERR_RECHERCHE_VIDE</c>), and one whose field breaks it is refused with <c>ERREUR_VALIDATION</c> naming
/// <c>inputRechercheDemandePaiement.dateDebut</c>; plus what the schema says without a keyword the walk reads: no field
/// is required, the bounds are <c>nullable</c>, and no criterion at all is <c>ERR_CRITERE_RECHERCHE_VIDE</c>.
/// </summary>
public sealed class RechercherContractTests : IAsyncLifetime
{
    private const string Path = "/atp/v1/tiersPrestations/demandePaiement/rechercher";

    public static readonly IReadOnlyList<SchemaConstraint> Constraints =
        SchemaConstraints.OfRequestBody(ContractFiles.LoadOurContract(), Path, "post", "application/json", "inputRechercheDemandePaiement");

    private readonly SandboxHost host = new();
    private SandboxApi api = null!;

    public async Task InitializeAsync()
    {
        api = await SandboxApi.CreateAsync(host.CreateClient());
        var idClient = await api.RegisterActivatedAsync(TestData.Particulier());
        await api.AdvanceAsync("P4D");
        var submitted = await SandboxApi.JsonOf(await api.PostJsonAsync(SandboxApi.Urssaf + "/demandePaiement",
            new JsonArray(TestData.Demande(idClient, TestData.NumeroFacture()))));
        submitted[0]!["statut"]?.GetValue<string>().Should().Be("10", submitted.ToJsonString());
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    public static TheoryData<string> ConstraintNames => new(Constraints.Select(c => c.ToString()));

    [Fact]
    public void TheContract_ConstrainsThePeriodsFormat_AndRequiresNothing() =>
        Constraints.Select(c => c.ToString()).Should().BeEquivalentTo(
            "inputRechercheDemandePaiement.dateDebut format \"date-time\"", "inputRechercheDemandePaiement.dateFin format \"date-time\"");

    [Theory]
    [MemberData(nameof(ConstraintNames))]
    public Task ARequestSatisfyingTheConstraint_IsNotRefused_AndOneBreakingIt_IsRefusedNamingTheField(string name) =>
        ConstraintCheck.RunAsync(Constraints.Single(c => c.ToString() == name), Template,
            ContractSurface.UrssafJson(body => api.PostJsonAsync(Path, body)));

    [Fact]
    public async Task NullableBounds_AreAccepted_AndFindTheMonthsDemande()
    {
        var answer = await api.PostJsonAsync(Path, new JsonObject { ["dateDebut"] = null, ["dateFin"] = "2026-03-31T00:00:00Z" });

        answer.StatusCode.Should().Be(HttpStatusCode.OK, await answer.Content.ReadAsStringAsync());
        (await SandboxApi.JsonOf(answer))["infoDemandePaiements"]!.AsArray().Should().ContainSingle();
    }

    [Fact]
    public async Task NoCriterion_IsErrCritereRechercheVide()
    {
        var answer = await api.PostJsonAsync(Path, new JsonObject());

        answer.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await SandboxApi.ErrorCodesOf(answer)).Should().Equal("ERR_CRITERE_RECHERCHE_VIDE");
    }

    private static JsonNode Template() => new JsonObject { ["dateDebut"] = "2026-03-01T00:00:00Z", ["dateFin"] = "2026-03-31T00:00:00Z" };
}
