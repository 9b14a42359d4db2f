using System.Net;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Particuliers;

/// <summary>M010 business errors with their own code (facts §5.1), each on an otherwise valid inscription.</summary>
public sealed class InscriptionRuleTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task UnknownTypeDeVoie_IsErrContactAdresseTypeVoie_NamingTheCode()
    {
        var description = await Refused(TestData.Particulier().With("adressePostale.codeTypeVoie", "XYZ"), "ERR_CONTACT_ADRESSE_TYPE_VOIE");

        description.Should().Contain("XYZ");
    }

    [Fact]
    public async Task LibelleVoieWithoutTypeDeVoie_IsErrContactAdresseTypevoie()
    {
        var description = await Refused(TestData.Particulier().Without("adressePostale.codeTypeVoie"), "ERR_CONTACT_ADRESSE_TYPEVOIE");

        description.Should().Contain("type de voie");
    }

    [Fact]
    public async Task UnknownLettreVoie_IsErrContactAdresseLettreVoie()
    {
        var description = await Refused(TestData.Particulier().With("adressePostale.lettreVoie", "Z"), "ERR_CONTACT_ADRESSE_LETTRE_VOIE");

        description.Should().Contain("« Z »");
    }

    [Fact]
    public async Task TypeDeVoieWithoutLibelle_IsErrContactAdresseLibellevoie()
    {
        var particulier = TestData.Particulier().Without("adressePostale.libelleVoie").With("adressePostale.complement", "Bâtiment A");

        var description = await Refused(particulier, "ERR_CONTACT_ADRESSE_LIBELLEVOIE");

        description.Should().Contain("libellé");
    }

    [Fact]
    public async Task AddressWithNeitherVoieNorComplementNorLieuDit_IsErrContactAdresseInformationSupplementaire()
    {
        var particulier = TestData.Particulier().Without("adressePostale.codeTypeVoie").Without("adressePostale.libelleVoie");

        var description = await Refused(particulier, "ERR_CONTACT_ADRESSE_INFORMATION_SUPPLEMENTAIRE");

        description.Should().Contain("lieu dit");
    }

    [Fact]
    public async Task BornInFranceWithoutDepartement_IsErreurLieuNaissanceDept()
    {
        var description = await Refused(TestData.Particulier().Without("lieuNaissance.departementNaissance"), "ERREUR_LIEU_NAISSANCE_DEPT");

        description.Should().Contain("département");
    }

    [Theory]
    [InlineData("44")]
    [InlineData("144")]
    [InlineData("02C")]
    public async Task MalformedDepartementDeNaissance_IsErreurLieuNaissanceDeptFormat(string departement)
    {
        var description = await Refused(TestData.Particulier().With("lieuNaissance.departementNaissance", departement), "ERREUR_LIEU_NAISSANCE_DEPT_FORMAT");

        description.Should().Contain($"« {departement} »");
    }

    [Fact]
    public async Task BornInFranceWithoutCommune_IsErrLieuNaissanceComn()
    {
        var description = await Refused(TestData.Particulier().Without("lieuNaissance.communeNaissance"), "ERR_LIEU_NAISSANCE_COMN");

        description.Should().Contain("commune");
    }

    [Fact]
    public async Task BornAbroadWithAFrenchDepartementAndCommune_IsErreurLieuNaissancePays()
    {
        var description = await Refused(TestData.Particulier().With("lieuNaissance.codePaysNaissance", "99134"), "ERREUR_LIEU_NAISSANCE_PAYS");

        description.Should().Contain("étranger");
    }

    [Fact]
    public async Task WithoutLieuNaissance_IsErreurLieuNaissanceObligatoire()
    {
        var description = await Refused(TestData.Particulier().Without("lieuNaissance"), "ERREUR_LIEU_NAISSANCE_OBLIGATOIRE");

        description.Should().Contain("lieu de naissance");
    }

    [Fact]
    public async Task BirthCommuneLabelWithASemicolon_IsErreurLieuNaissanceInvalide()
    {
        var description = await Refused(
            TestData.Particulier().With("lieuNaissance.communeNaissance.libelleCommune", "Nantes;DROP TABLE"), "ERREUR_LIEU_NAISSANCE_INVALIDE");

        description.Should().Contain("point-virgule");
    }

    [Theory]
    [InlineData("coordonneeBancaire.iban", "FR7630004000031234567890144", "clé de contrôle")]
    [InlineData("coordonneeBancaire.iban", "FR76 3000 4000 0312 3456 7890 143", "format")]
    [InlineData("coordonneeBancaire.iban", "FR763000400003123456789014", "clé de contrôle ou longueur")]
    [InlineData("coordonneeBancaire.bic", "BNPA-FRPP", "BNPA-FRPP")]
    public async Task InvalidIbanOrBic_IsErrCoordonneesBancaires(string path, string value, string detail)
    {
        var description = await Refused(TestData.Particulier().With(path, value), "ERR_COORDONNEES_BANCAIRES");

        description.Should().Contain(detail);
    }

    [Fact]
    public async Task BirthDateAfterTheTenantsToday_IsErrDateNaissanceFutur()
    {
        var description = await Refused(TestData.Particulier(dateNaissance: "2026-03-03T00:00:00Z"), "ERR_DATE_NAISSANCE_FUTUR");

        description.Should().Contain("futur");
    }

    [Fact]
    public async Task SamePersonRegisteredTwiceByTheProvider_IsErrLienTiersPrestationParticulierExiste_NamingTheFirstIdClient()
    {
        var api = await fixture.NewTenantAsync();
        var first = await api.RegisterAsync(TestData.Particulier("Dupont", "Marie Claire"));
        var again = TestData.Particulier("DUPONT", "MARIE Claire");

        var description = await (await api.InscrireAsync(again)).ShouldBeOnlyErrorAsync("ERR_LIEN_TIERS_PRESTATION_PARTICULIER_EXISTE");

        description.Should().Contain(first);
    }

    [Fact]
    public async Task AnotherPersonWithTheSameMailAndMobile_IsErreurReferenceParticulierExistanteType()
    {
        var api = await fixture.NewTenantAsync();
        var first = TestData.Particulier("Martin", "Paul").With("numeroTelephonePortable", "0611223344");
        await api.RegisterAsync(first);
        var other = TestData.Particulier("Martin", "Julie", "1982-05-01T00:00:00Z")
            .With("adresseMail", first["adresseMail"]!.GetValue<string>().ToUpperInvariant())
            .With("numeroTelephonePortable", "+33611223344");

        var description = await (await api.InscrireAsync(other)).ShouldBeOnlyErrorAsync("ERREUR_REFERENCE_PARTICULIER_EXISTANTE_TYPE");

        description.Should().Contain("email / téléphone");
    }

    [Fact]
    public async Task AnotherPersonWithTheSameMailButAnotherMobile_IsRegistered()
    {
        var api = await fixture.NewTenantAsync();
        var first = TestData.Particulier("Martin", "Paul");
        await api.RegisterAsync(first);
        var other = TestData.Particulier("Martin", "Julie", "1982-05-01T00:00:00Z").With("adresseMail", first["adresseMail"]!.DeepClone());

        await (await api.InscrireAsync(other)).ShouldBeOkJsonAsync();
    }

    private async Task<string> Refused(System.Text.Json.Nodes.JsonObject particulier, string code)
    {
        var api = await fixture.NewTenantAsync();
        var response = await api.InscrireAsync(particulier);
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        return await response.ShouldBeOnlyErrorAsync(code);
    }
}
