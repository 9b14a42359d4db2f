using System.Net;
using System.Text.Json.Nodes;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Particuliers;

/// <summary>
/// M010 format errors: <c>ERREUR_VALIDATION</c> (HTTP 400) whose description names the field as
/// <c>champ inputParticulier.&lt;path&gt; : …</c> (facts §3.3, Swagger patterns and lengths, D2 names ≤ 80).
/// </summary>
public sealed class InscriptionValidationTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private const string Removed = "<removed>";

    public static TheoryData<string, string, string> BrokenFields => new()
    {
        { "civilite", "3", "valeurs possibles : 1, 2" },
        { "civilite", Removed, "obligatoire" },
        { "nomNaissance", "Dupont2", "motif" },
        { "nomNaissance", new string('a', 81), "entre 1 et 80" },
        { "nomNaissance", "-Dupont", "motif" },
        { "nomUsage", "Rollin!", "motif" },
        { "prenoms", "Jean  Pierre", "motif" },
        { "prenoms", Removed, "obligatoire" },
        { "dateNaissance", "29/03/1980", "date ISO-8601" },
        { "dateNaissance", "1980-03-29T00:00:00+01:00", "date ISO-8601" },
        { "numeroTelephonePortable", "0145454545", "motif" },
        { "numeroTelephonePortable", "06 05 04 03 02", "motif" },
        { "adresseMail", "jean.dupont@", "motif" },
        { "adressePostale", Removed, "obligatoire" },
        { "adressePostale.numeroVoie", "0", "motif" },
        { "adressePostale.codeTypeVoie", "RUE-1", "motif" },
        { "adressePostale.libelleVoie", new string('x', 29), "entre 0 et 28" },
        { "adressePostale.libelleCommune", Removed, "obligatoire" },
        { "adressePostale.codeCommune", "ABCDE", "motif" },
        { "adressePostale.codePostal", "6900", "entre 5 et 5" },
        { "adressePostale.codePays", "FRANC", "motif" },
        { "lieuNaissance.codePaysNaissance", "FR", "entre 5 et 5" },
        { "lieuNaissance.communeNaissance.codeCommune", "1", "motif" },
        { "lieuNaissance.communeNaissance.codeCommune", "69123", "n'appartient pas au département 044" },
        { "coordonneeBancaire", Removed, "obligatoire" },
        { "coordonneeBancaire.titulaire", "", "obligatoire" },
        { "coordonneeBancaire.bic", Removed, "obligatoire" },
    };

    [Theory]
    [MemberData(nameof(BrokenFields))]
    public async Task Inscription_WithOneBrokenField_IsRefusedWithErreurValidationNamingThatField(string path, string value, string reason)
    {
        var api = await fixture.NewTenantAsync();
        var particulier = value == Removed ? TestData.Particulier().Without(path) : TestData.Particulier().With(path, value);

        var description = await (await api.InscrireAsync(particulier)).ShouldBeOnlyErrorAsync("ERREUR_VALIDATION");

        description.Should().StartWith($"champ inputParticulier.{path} : ").And.Contain(reason);
    }

    [Theory]
    [InlineData("civilite", 1)]
    [InlineData("adressePostale.codePostal", 69001)]
    public async Task Inscription_WithANumberWhereTheContractSaysString_NamesTheField(string path, int value)
    {
        var api = await fixture.NewTenantAsync();

        var description = await (await api.InscrireAsync(TestData.Particulier().With(path, value))).ShouldBeOnlyErrorAsync("ERREUR_VALIDATION");

        description.Should().StartWith($"champ inputParticulier.{path} : ").And.Contain("JSON invalide");
    }

    [Fact]
    public async Task Inscription_WithSeveralBrokenFields_ReportsEachOfThem()
    {
        var api = await fixture.NewTenantAsync();
        var particulier = TestData.Particulier().With("civilite", "M").With("adresseMail", "pas-un-mail").Without("prenoms");

        var errors = await (await api.InscrireAsync(particulier)).ShouldBeUrssafErrorsAsync(HttpStatusCode.BadRequest);

        errors.Select(Answers.CodeOf).Should().AllBe("ERREUR_VALIDATION");
        errors.Select(Answers.DescriptionOf).Should().Satisfy(
            d => d.StartsWith("champ inputParticulier.civilite :", StringComparison.Ordinal),
            d => d.StartsWith("champ inputParticulier.prenoms :", StringComparison.Ordinal),
            d => d.StartsWith("champ inputParticulier.adresseMail :", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Inscription_RefusedForFormat_RegistersNobody()
    {
        var api = await fixture.NewTenantAsync();
        var particulier = TestData.Particulier().With("adressePostale.codePostal", "6900");
        var mail = particulier["adresseMail"]!.GetValue<string>();

        await (await api.InscrireAsync(particulier)).ShouldBeOnlyErrorAsync("ERREUR_VALIDATION");

        await (await api.StatutAsync(adresseMail: mail)).ShouldBeOnlyErrorAsync("ERR_RECHERCHE_PARTICULIER");
        await (await api.InscrireAsync(particulier.With("adressePostale.codePostal", "69001"))).ShouldBeOkJsonAsync();
    }

    [Fact]
    public async Task Inscription_WithJsonNullBody_IsAnErreurValidationOnTheRoot()
    {
        var api = await fixture.NewTenantAsync();

        var description = await (await api.PostRawJsonAsync(UrssafCalls.Particulier, "null"))
            .ShouldBeOnlyErrorAsync("ERREUR_VALIDATION");

        description.Should().StartWith("champ inputParticulier :");
    }
}
