using System.Text.Json.Nodes;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Demandes;

/// <summary>
/// M050 referentials (facts §3.4, D15): nature d'emploi, activité of that nature, only-270 demandes; the intervenant's NOVA
/// (SAP + 9 digits) or SIRET (SIR + 14 digits) in <c>complement2</c> (facts §3.2).
/// </summary>
public sealed class NatureAndIntervenantRuleTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Theory]
    [InlineData("999")]
    [InlineData("ENF")]
    public async Task UnknownNature_IsErrCodeNature_NamingTheCode(string codeNature)
    {
        var description = await Rejected(d => d.Line().With("codeNature", codeNature), "ERR_CODE_NATURE");

        description.Should().Contain($"« {codeNature} »").And.Contain("inputPrestations[0]");
    }

    [Fact]
    public async Task DemandeMadeOnlyOfNonEligibleNature270_IsErrCodeNature()
    {
        var description = await Rejected(d => d.Line().With("codeNature", "270"), "ERR_CODE_NATURE");

        description.Should().Contain("non éligibles").And.Contain("270");
    }

    [Theory]
    [InlineData("XYZ")]
    [InlineData("60B001")]
    public async Task MalformedActivite_IsErrCodeActivite(string codeActivite)
    {
        var description = await Rejected(d => d.Line().With("codeActivite", codeActivite), "ERR_CODE_ACTIVITE");

        description.Should().Contain($"« {codeActivite} »");
    }

    [Fact]
    public async Task ActiviteOfAnotherNature_IsErrCodeActiviteNature()
    {
        var description = await Rejected(d => d.Line().With("codeActivite", "100A001"), "ERR_CODE_ACTIVITE_NATURE");

        description.Should().Contain("100A001").And.Contain("nature 60");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task LineWithoutIntervenant_IsErrNumintervenantManquant(string? complement2)
    {
        var description = await Rejected(d => d.Line().With("complement2", complement2), "ERR_NUMINTERVENANT_MANQUANT");

        description.Should().Contain("complement2");
    }

    [Theory]
    [InlineData("SAP12345678")]
    [InlineData("SIR1234567890123")]
    [InlineData("852330992")]
    public async Task MalformedIntervenant_IsErrFormatNumintervenant(string complement2)
    {
        var description = await Rejected(d => d.Line().With("complement2", complement2), "ERR_FORMAT_NUMINTERVENANT");

        description.Should().Contain($"« {complement2} »");
    }

    private async Task<string> Rejected(Action<JsonObject> breakIt, string code)
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var demande = TestData.Demande(idClient, TestData.NumeroFacture());
        breakIt(demande);
        return await (await api.TransmettreAsync(demande)).ShouldRejectOnlyItemWithAsync(code);
    }
}
