using AiciSandbox.Domain.Errors;
using AiciSandbox.Domain.PaymentRequests;

namespace AiciSandbox.Domain.Tests.PaymentRequests;

/// <summary>The line rules of one demande: natures, activities, intervenant, line dates.</summary>
public partial class DemandeRulesTests
{
    [Theory]
    [InlineData("999")]
    [InlineData("ENF")]
    [InlineData("06")]
    public void Decide_UnknownNature_IsErrCodeNature(string nature) =>
        Decide(DemandeSamples.WithLine(l => l with { CodeNature = nature })).Errors.ShouldBeSingle(ErrorCodes.CodeNature)
            .Description.Should().Contain(nature);

    [Fact]
    public void Decide_OnlyNature270_IsErrCodeNatureForNonEligibleActivities() =>
        Decide(DemandeSamples.WithLine(l => l with { CodeNature = "270" })).Errors.ShouldBeSingle(ErrorCodes.CodeNature)
            .Description.Should().Contain("non éligibles");

    [Fact]
    public void Decide_Nature270MixedWith60_IsAccepted() =>
        Decide(DemandeSamples.Valid() with
        {
            MntFactureTTC = 100m, MntFactureHT = 90.90m,
            InputPrestations = [DemandeSamples.Line(), DemandeSamples.Line() with { CodeNature = "270" }],
        }).Errors.Should().BeEmpty();

    [Theory]
    [InlineData("60", "60A001")]
    [InlineData("100", "100A001")]
    [InlineData("60", null)]
    [InlineData("60", "")]
    public void Decide_CodeActiviteOfItsNatureOrAbsent_IsAccepted(string nature, string? activite) =>
        Decide(DemandeSamples.WithLine(l => l with { CodeNature = nature, CodeActivite = activite })).Errors.Should().BeEmpty();

    [Theory]
    [InlineData("01")]
    [InlineData("60B001")]
    [InlineData("60A01")]
    [InlineData("A001")]
    [InlineData("6000A001")]
    public void Decide_MalformedCodeActivite_IsErrCodeActivite(string activite) =>
        Decide(DemandeSamples.WithLine(l => l with { CodeActivite = activite })).Errors.ShouldBeSingle(ErrorCodes.CodeActivite);

    [Theory]
    [InlineData("100A001")]
    [InlineData("30A001")]
    [InlineData("600A001")]
    public void Decide_CodeActiviteOfAnotherNature_IsErrCodeActiviteNature(string activite) =>
        Decide(DemandeSamples.WithLine(l => l with { CodeActivite = activite })).Errors.ShouldBeSingle(ErrorCodes.CodeActiviteNature);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Decide_IntervenantMissing_IsErrNumintervenantManquant(string? complement2) =>
        Decide(DemandeSamples.WithLine(l => l with { Complement2 = complement2 })).Errors.ShouldBeSingle(ErrorCodes.NumeroIntervenantManquant);

    [Theory]
    [InlineData("SAP852330992")]
    [InlineData("SIR12345678900012")]
    public void Decide_IntervenantNovaOrSiret_IsAccepted(string complement2) =>
        Decide(DemandeSamples.WithLine(l => l with { Complement2 = complement2 })).Errors.Should().BeEmpty();

    [Theory]
    [InlineData("852330992")]
    [InlineData("SAP85233099")]
    [InlineData("SAP8523309921")]
    [InlineData("SIR1234567890001")]
    [InlineData("sap852330992")]
    [InlineData("SAP 852330992")]
    [InlineData("SIRET12345678900012")]
    public void Decide_MalformedIntervenant_IsErrFormatNumintervenant(string complement2) =>
        Decide(DemandeSamples.WithLine(l => l with { Complement2 = complement2 })).Errors.ShouldBeSingle(ErrorCodes.FormatNumeroIntervenant);

    [Fact]
    public void Decide_LineFinBeforeLineDebut_IsErrDateFinAvantDateDebNamingTheLine() =>
        Decide(DemandeSamples.WithLine(l => l with { DateDebutEmploi = "2026-03-05T10:00:00Z", DateFinEmploi = "2026-03-05T09:00:00Z" }))
            .Errors.ShouldBeSingle(ErrorCodes.DateFinAvantDebut).Description.Should().Contain("inputPrestations[0]");

    [Fact]
    public void Decide_LineDateAfterNow_IsErrDateFuturNamingTheLine() =>
        Decide(DemandeSamples.WithLine(l => l with { DateFinEmploi = "2026-03-20T09:30:00Z" }))
            .Errors.ShouldBeSingle(ErrorCodes.DateFutur).Description.Should().Contain("inputPrestations[0]");

    [Fact]
    public void Decide_SeveralBrokenRules_ReportsThemAll()
    {
        var demande = DemandeSamples.Valid() with
        {
            DateDebutEmploi = "2026-03-13T08:00:00Z",
            DateFinEmploi = "2026-03-12T08:00:00Z",
            MntFactureTTC = 60m,
            InputPrestations = [DemandeSamples.Line() with { CodeNature = "999", Complement2 = null, MntPrestationTVA = 1m }],
        };

        Decide(demande).Errors.Codes().Should().BeEquivalentTo(
            ErrorCodes.DateFinAvantDebut, ErrorCodes.MontantPrestationHtTva, ErrorCodes.TotalPrestations,
            ErrorCodes.CodeNature, ErrorCodes.NumeroIntervenantManquant);
    }
}
