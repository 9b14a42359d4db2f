using System.Text.Json.Nodes;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Particuliers;

/// <summary>M010 <c>POST /particulier</c>: inscriptions the real sandbox accepts (facts §2.1, §3.1).</summary>
public sealed class InscriptionTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task ValidInscription_ReturnsOnlyAUuidIdClient_AndTheSimulatedNow()
    {
        var api = await fixture.NewTenantAsync();

        var response = await api.InscrireAsync(TestData.Particulier());

        var body = (await response.ShouldBeOkJsonAsync()).AsObject();
        body.Select(p => p.Key).Should().Equal("idClient");
        Guid.TryParse(body["idClient"]!.GetValue<string>(), out _).Should().BeTrue();
        response.Headers.GetValues("X-Sandbox-Now").Should().Equal("2026-03-02T08:00:00.000Z");
    }

    [Fact]
    public async Task CourstrompetteSandboxIdentity_JeanTestBornInNantes_IsAccepted()
    {
        var api = await fixture.NewTenantAsync();
        var jean = TestData.Particulier("TEST", "JEAN", "1980-03-29T00:00:00.000Z")
            .With("numeroTelephonePortable", "0605040302")
            .With("coordonneeBancaire.titulaire", "M JEAN TEST");

        await (await api.InscrireAsync(jean)).ShouldBeOkJsonAsync();
    }

    [Theory]
    [InlineData("Le Gall-Hervé", "Jean-Éric Marie", "D'Arc")]
    [InlineData("Nguyễn", "Thị Lan", "Rollin")]
    [InlineData("O'Neill", "Zoé", null)]
    public async Task NamesWithAccentsApostrophesHyphensAndSpaces_AreAccepted(string nom, string prenoms, string? nomUsage)
    {
        var api = await fixture.NewTenantAsync();
        var particulier = TestData.Particulier(nom, prenoms);
        if (nomUsage is not null) particulier["nomUsage"] = nomUsage;

        await (await api.InscrireAsync(particulier)).ShouldBeOkJsonAsync();
    }

    [Fact]
    public async Task ForeignBirth_WithOnlyTheCountryCode_IsAccepted()
    {
        var api = await fixture.NewTenantAsync();
        var particulier = TestData.Particulier().With("lieuNaissance", new JsonObject { ["codePaysNaissance"] = "99329" });

        await (await api.InscrireAsync(particulier)).ShouldBeOkJsonAsync();
    }

    [Theory]
    [InlineData("044", "44109")]
    [InlineData("02A", "2A004")]
    [InlineData("974", "97411")]
    public async Task BirthCommune_AsTheFullInseeCodeOfItsDepartment_IsAccepted(string departement, string codeCommune)
    {
        var api = await fixture.NewTenantAsync();
        var particulier = TestData.Particulier()
            .With("lieuNaissance.departementNaissance", departement)
            .With("lieuNaissance.communeNaissance.codeCommune", codeCommune);

        await (await api.InscrireAsync(particulier)).ShouldBeOkJsonAsync();
    }

    [Fact]
    public async Task MobileInInternationalForm_AndAddressWithLieuDitOnly_AreAccepted()
    {
        var api = await fixture.NewTenantAsync();
        var particulier = TestData.Particulier()
            .With("numeroTelephonePortable", "+33712345678")
            .Without("adressePostale.codeTypeVoie").Without("adressePostale.libelleVoie").Without("adressePostale.numeroVoie")
            .With("adressePostale.lieuDit", "Les Granges");

        await (await api.InscrireAsync(particulier)).ShouldBeOkJsonAsync();
    }

    [Fact]
    public async Task BirthDateToday_IsAccepted()
    {
        var api = await fixture.NewTenantAsync();

        await (await api.InscrireAsync(TestData.Particulier(dateNaissance: "2026-03-02"))).ShouldBeOkJsonAsync();
    }
}
