using AiciSandbox.Domain.Errors;
using AiciSandbox.Domain.Particuliers;
using AiciSandbox.Domain.Simulation;

namespace AiciSandbox.Domain.Tests.Particuliers;

/// <summary>
/// Personas at the inscription: the birth name (case and accents ignored) picks what DGFiP answers and how the account starts
/// (facts §5.1, §4.2; issue 3 "Personas"). Any other name is an ordinary, eligible particulier.
/// </summary>
public class InscriptionPersonasTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 8, 15, 30, TimeSpan.Zero);

    [Theory]
    [InlineData("Inconnu", ErrorCodes.DgfipR2pInconnu)]
    [InlineData("INCONNU", ErrorCodes.DgfipR2pInconnu)]
    [InlineData("Sansimpot", ErrorCodes.DgfipImpotPartInconnu)]
    [InlineData("Sans-Impôt", ErrorCodes.DgfipImpotPartInconnu)]
    [InlineData("Bloque", ErrorCodes.CompteBloqueInscription)]
    [InlineData("Bloqué", ErrorCodes.CompteBloqueInscription)]
    public void Check_DgfipRefusingPersona_IsRefusedWithItsCode(string nomNaissance, string code)
    {
        var decision = Inscriptions.Check(InscriptionSamples.Valid() with { NomNaissance = nomNaissance }, Now);

        decision.Errors.ShouldBeSingle(code);
        decision.Value.Should().BeNull();
    }

    [Fact]
    public void Check_DgfipRefusingPersonaWithAnotherError_ReportsTheOtherErrorOnly() =>
        Inscriptions.Check(InscriptionSamples.Valid() with { NomNaissance = "Inconnu", DateNaissance = "2030-01-01" }, Now)
            .Errors.Codes().Should().NotContain(ErrorCodes.DgfipR2pInconnu).And.NotBeEmpty();

    [Fact]
    public void Register_OrdinaryName_IsANewAccountActivatingItselfFiveMinutesLater()
    {
        var p = InscriptionSamples.Registered(InscriptionSamples.Valid(), Now);

        p.Persona.Should().Be(Persona.Ordinaire);
        p.Compte.Should().Be(CompteType.Nouveau);
        p.Statut.Should().Be(ParticulierStatus.AppareillageEnCours);
        p.ActivationPrevueLe.Should().Be(Now.AddMinutes(5));
        p.NextDue.Should().Be((Now.AddMinutes(5), ParticulierTrigger.Activate));
    }

    [Fact]
    public void Register_Existant_IsAnAppareillageToAcceptWithoutAutomaticActivation()
    {
        var p = Registered("Existant");

        p.Compte.Should().Be(CompteType.Existant);
        p.Statut.Should().Be(ParticulierStatus.AppareillageEnCours);
        p.ActivationPrevueLe.Should().BeNull();
        p.NextDue.Should().BeNull();
    }

    [Fact]
    public void Register_Immediat_IsValidatedAtOnce()
    {
        var p = Registered("Immediat");

        p.Statut.Should().Be(ParticulierStatus.AppareillageValide);
        p.ValideLe.Should().Be(Now);
        p.ActivationPrevueLe.Should().BeNull();
        p.StatutView.Description.Should().EndWith("validé le 02/03/2026 09:15:30");
    }

    [Fact]
    public void Register_Jamais_NeverActivatesByItself()
    {
        var p = Registered("Jamais");

        p.Compte.Should().Be(CompteType.Nouveau);
        p.Statut.Should().Be(ParticulierStatus.AppareillageEnCours);
        p.NextDue.Should().BeNull();
        p.Activate(Now.AddDays(1)).Value!.Statut.Should().Be(ParticulierStatus.AppareillageValide);
    }

    [Fact]
    public void Register_Mandatechu_IsActiveWithAnExpiredMandate()
    {
        var p = Registered("Mandatechu");

        p.Statut.Should().Be(ParticulierStatus.MandatEchu);
        p.StatutView.Code.Should().Be("MANDAT_ECHU");
        p.ValideLe.Should().Be(Now);
        p.NextDue.Should().BeNull();
    }

    [Theory]
    [InlineData("Valideur", Persona.Valideur)]
    [InlineData("Contestataire", Persona.Contestataire)]
    [InlineData("Silencieux", Persona.Silencieux)]
    [InlineData("IMPAYÉ", Persona.DebitRejete)]
    [InlineData("impaye", Persona.DebitRejete)]
    [InlineData("Plafond", Persona.PlafondBas)]
    public void Register_BehaviourPersona_IsAnOrdinaryNewAccountThatRemembersItsPersona(string nomNaissance, Persona persona)
    {
        var p = Registered(nomNaissance);

        p.Persona.Should().Be(persona);
        p.Compte.Should().Be(CompteType.Nouveau);
        p.ActivationPrevueLe.Should().Be(Now.AddMinutes(5));
    }

    [Theory]
    [InlineData("Test")]
    [InlineData("Impayés")]
    [InlineData("Inconnue")]
    [InlineData("Le Plafond")]
    public void Of_NameThatIsNotExactlyAPersona_IsOrdinaire(string nomNaissance) =>
        Personas.Of(nomNaissance).Should().Be(Persona.Ordinaire);

    [Fact]
    public void Of_EveryPublishedRow_MapsBackToItsPersonaWhateverTheCase()
    {
        foreach (var row in Personas.All)
        {
            Personas.Of(row.NomNaissance).Should().Be(row.Persona, row.NomNaissance);
            Personas.Of(row.NomNaissance.ToUpperInvariant()).Should().Be(row.Persona);
            Personas.Of(row.NomNaissance.ToLowerInvariant()).Should().Be(row.Persona);
        }
    }

    [Fact]
    public void All_EveryPersonaButOrdinaire_HasExactlyOneRow() =>
        Personas.All.Select(p => p.Persona).Should().BeEquivalentTo(Enum.GetValues<Persona>().Where(p => p != Persona.Ordinaire))
            .And.OnlyHaveUniqueItems();

    [Fact]
    public void All_EveryRowsName_PassesTheNomNaissanceFormat()
    {
        foreach (var row in Personas.All)
            Inscriptions.Check(InscriptionSamples.Valid() with { NomNaissance = row.NomNaissance }, Now).Errors.Codes()
                .Should().NotContain(ErrorCodes.Validation, row.NomNaissance);
    }

    private static Particulier Registered(string nomNaissance) =>
        InscriptionSamples.Registered(InscriptionSamples.Valid() with { NomNaissance = nomNaissance }, Now);
}
