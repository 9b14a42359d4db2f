using System.Text.Json.Nodes;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Particuliers;

/// <summary>M020 <c>GET /particulier?idClient=…&amp;adresseMail=…</c>: the account status (facts §2.2, §4.2; SINAO-DOC sample).</summary>
public sealed class ParticulierStatusTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task ByIdClient_BeforeActivation_IsAppareillageEnCoursKo_WithTheNames()
    {
        var api = await fixture.NewTenantAsync();
        var particulier = TestData.Particulier("Ledru", "Pierre Alexandre").With("nomUsage", "Rollin");
        var idClient = await api.RegisterAsync(particulier);

        var body = (await (await api.StatutAsync(idClient)).ShouldBeOkJsonAsync()).AsObject();

        JsonNode.DeepEquals(body, new JsonObject
        {
            ["idClient"] = idClient,
            ["nomNaissance"] = "Ledru",
            ["nomUsage"] = "Rollin",
            ["prenoms"] = "Pierre Alexandre",
            ["statut"] = new JsonObject
            {
                ["code"] = "APPAREILLAGE_EC",
                ["description"] = "Transmission DP impossible, appareillage en cours de traitement",
                ["etat"] = "KO",
            },
        }).Should().BeTrue(body.ToJsonString());
    }

    [Fact]
    public async Task WithoutNomUsage_TheAnswerLeavesItOut()
    {
        var api = await fixture.NewTenantAsync();
        var idClient = await api.RegisterAsync(TestData.Particulier("Ledru", "Pierre"));

        var body = (await (await api.StatutAsync(idClient)).ShouldBeOkJsonAsync()).AsObject();

        body.ContainsKey("nomUsage").Should().BeFalse();
        body["nomNaissance"]!.GetValue<string>().Should().Be("Ledru");
    }

    [Theory]
    [InlineData("2026-03-02T08:00:00Z", "02/03/2026 09:00:00")]
    [InlineData("2026-07-14T21:30:15Z", "14/07/2026 23:30:15")]
    [InlineData("2026-03-31T22:30:00Z", "01/04/2026 00:30:00")]
    [InlineData("2026-10-25T00:59:59Z", "25/10/2026 02:59:59")]
    public async Task AfterActivation_IsAppareillageValideOk_WithTheParisDateTimeOfActivation(string activatedAt, string paris)
    {
        var api = await fixture.NewTenantAsync(activatedAt);
        var idClient = await api.RegisterActivatedAsync(TestData.Particulier());

        var statut = (await (await api.StatutAsync(idClient)).ShouldBeOkJsonAsync())["statut"]!;

        statut["code"]!.GetValue<string>().Should().Be("APPAREILLAGE_VALIDE");
        statut["etat"]!.GetValue<string>().Should().Be("OK");
        statut["description"]!.GetValue<string>().Should().Be($"Transmission DP possible, appareillage validé le {paris}");
    }

    [Fact]
    public async Task ByAdresseMail_InAnyCase_FindsTheParticulier()
    {
        var api = await fixture.NewTenantAsync();
        var particulier = TestData.Particulier();
        var idClient = await api.RegisterAsync(particulier);

        var response = await api.StatutAsync(adresseMail: particulier["adresseMail"]!.GetValue<string>().ToUpperInvariant());

        (await response.ShouldBeOkJsonAsync())["idClient"]!.GetValue<string>().Should().Be(idClient);
    }

    [Fact]
    public async Task ByIdClientAndItsAdresseMail_FindsTheParticulier()
    {
        var api = await fixture.NewTenantAsync();
        var particulier = TestData.Particulier();
        var idClient = await api.RegisterAsync(particulier);

        var response = await api.StatutAsync(idClient, particulier["adresseMail"]!.GetValue<string>());

        (await response.ShouldBeOkJsonAsync())["idClient"]!.GetValue<string>().Should().Be(idClient);
    }

    [Fact]
    public async Task ByIdClientWithTheMailOfAnotherParticulier_IsErrRechercheParticulier()
    {
        var api = await fixture.NewTenantAsync();
        var idClient = await api.RegisterAsync(TestData.Particulier("Durand", "Luc"));
        var other = TestData.Particulier("Petit", "Anne");
        await api.RegisterAsync(other);

        var description = await (await api.StatutAsync(idClient, other["adresseMail"]!.GetValue<string>())).ShouldBeOnlyErrorAsync("ERR_RECHERCHE_PARTICULIER");

        description.Should().Contain("Aucun particulier ne correspond");
    }

    [Fact]
    public async Task UnknownIdClient_IsErrRechercheParticulier()
    {
        var api = await fixture.NewTenantAsync();

        var description = await (await api.StatutAsync(Guid.NewGuid().ToString())).ShouldBeOnlyErrorAsync("ERR_RECHERCHE_PARTICULIER");

        description.Should().Contain("rompu son association");
    }

    [Fact]
    public async Task UnknownAdresseMail_IsErrRechercheParticulier()
    {
        var api = await fixture.NewTenantAsync();

        await (await api.StatutAsync(adresseMail: "personne@example.fr")).ShouldBeOnlyErrorAsync("ERR_RECHERCHE_PARTICULIER");
    }

    [Fact]
    public async Task AdresseMailSharedByTwoParticuliers_IsErrRechercheParticulier_AskingForIdClient()
    {
        var api = await fixture.NewTenantAsync();
        var first = TestData.Particulier("Roux", "Paul");
        await api.RegisterAsync(first);
        await api.RegisterAsync(TestData.Particulier("Roux", "Lea", "1984-01-02T00:00:00Z").With("adresseMail", first["adresseMail"]!.DeepClone()));

        var description = await (await api.StatutAsync(adresseMail: first["adresseMail"]!.GetValue<string>())).ShouldBeOnlyErrorAsync("ERR_RECHERCHE_PARTICULIER");

        description.Should().Contain("idClient");
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", "")]
    [InlineData("  ", null)]
    public async Task WithoutIdClientOrAdresseMail_IsErreurValidationNamingTheParameters(string? idClient, string? adresseMail)
    {
        var api = await fixture.NewTenantAsync();

        var description = await (await api.StatutAsync(idClient, adresseMail)).ShouldBeOnlyErrorAsync("ERREUR_VALIDATION");

        description.Should().Contain("idClient").And.Contain("adresseMail");
    }
}
