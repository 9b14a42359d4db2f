using System.Net;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Control;

/// <summary><c>POST /sandbox/v1/particuliers/{idClient}/activation</c>: plays the particulier activating the account.</summary>
public sealed class ActivationTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task Activation_ValidatesTheAccountAtTheTenantsNow()
    {
        var api = await fixture.NewTenantAsync();
        var idClient = await api.RegisterAsync(TestData.Particulier());

        var answer = await (await api.ActiverAsync(idClient)).ShouldBeOkJsonAsync();
        var body = answer["particulier"]!;

        body["idClient"]!.GetValue<string>().Should().Be(idClient);
        body["statut"]!["code"]!.GetValue<string>().Should().Be("APPAREILLAGE_VALIDE");
        body["statut"]!["etat"]!.GetValue<string>().Should().Be("OK");
        body["dateActivation"]!.GetValue<string>().Should().Be("2026-03-02T08:00:00.000Z");
    }

    [Fact]
    public async Task SecondActivation_IsA409ProblemParticulierDejaActif()
    {
        var api = await fixture.NewTenantAsync();
        var idClient = await api.RegisterActivatedAsync(TestData.Particulier());

        var problem = await (await api.ActiverAsync(idClient)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "PARTICULIER_DEJA_ACTIF");

        problem["detail"]!.GetValue<string>().Should().Contain(idClient);
    }

    [Fact]
    public async Task UnknownIdClient_IsA404ProblemParticulierInconnu()
    {
        var api = await fixture.NewTenantAsync();
        var idClient = Guid.NewGuid().ToString();

        var problem = await (await api.ActiverAsync(idClient)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "PARTICULIER_INCONNU");

        problem["detail"]!.GetValue<string>().Should().Contain(idClient);
    }
}
