using System.Net;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Control;

/// <summary>
/// <c>GET /sandbox/v1/particuliers?email=</c> and <c>GET /sandbox/v1/demandes?numFactureTiers=</c>: how a tester, or the
/// conformance kit, finds the ids that a software received, without calling the URSSAF API itself.
/// </summary>
public sealed class FindTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task ParticuliersByEmail_FindsTheOneRegistered_IgnoringCase()
    {
        var api = await fixture.NewTenantAsync();
        var particulier = TestData.Particulier();
        var idClient = await api.RegisterAsync(particulier);
        await api.RegisterAsync(TestData.Particulier());
        var email = particulier["adresseMail"]!.GetValue<string>();

        var found = (await (await api.GetAsync("/sandbox/v1/particuliers?email=" + Uri.EscapeDataString(email.ToUpperInvariant()))).ShouldBeOkJsonAsync()).AsArray();

        found.Should().ContainSingle();
        found[0]!["idClient"]!.GetValue<string>().Should().Be(idClient);
    }

    [Fact]
    public async Task DemandesByNumero_FindsTheDemandeOfThatInvoiceOnly()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var id = await api.SubmitAsync(idClient);
        await api.SubmitAsync(idClient);
        var numero = (await api.DemandeAsync(id))["numFactureTiers"]!.GetValue<string>();

        var found = (await (await api.GetAsync("/sandbox/v1/demandes?numFactureTiers=" + Uri.EscapeDataString(numero))).ShouldBeOkJsonAsync()).AsArray();

        found.Should().ContainSingle();
        found[0]!["idDemandePaiement"]!.GetValue<string>().Should().Be(id);
    }

    [Fact]
    public async Task AnotherTenantsInvoiceNumber_FindsNothing()
    {
        var (owner, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var id = await owner.SubmitAsync(idClient);
        var numero = (await owner.DemandeAsync(id))["numFactureTiers"]!.GetValue<string>();
        var stranger = await fixture.NewTenantAsync();

        var found = (await (await stranger.GetAsync("/sandbox/v1/demandes?numFactureTiers=" + Uri.EscapeDataString(numero))).ShouldBeOkJsonAsync()).AsArray();

        found.Should().BeEmpty();
    }

    [Fact]
    public async Task ParticuliersWithoutAnEmail_IsA400ProblemCritereManquant()
    {
        var api = await fixture.NewTenantAsync();

        await (await api.GetAsync("/sandbox/v1/particuliers?email=")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "CRITERE_MANQUANT");
    }
}
