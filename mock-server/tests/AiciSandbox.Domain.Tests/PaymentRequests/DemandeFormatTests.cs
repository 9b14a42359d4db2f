using AiciSandbox.Domain.Errors;
using AiciSandbox.Domain.PaymentRequests;

namespace AiciSandbox.Domain.Tests.PaymentRequests;

/// <summary>Schema checks of a <c>POST /demandePaiement</c> batch (decision D4: any violation makes the call a 400).</summary>
public class DemandeFormatTests
{
    [Fact]
    public void Check_TenWellFormedDemandes_HasNoError() =>
        DemandeFormat.Check(Enumerable.Range(1, 10).Select(i => DemandeSamples.Valid($"F-{i}")).ToList()).Should().BeEmpty();

    [Fact]
    public void Check_ElevenDemandes_IsOnlyErrNbrePrestMax()
    {
        var batch = Enumerable.Range(1, 11).Select(i => i == 3 ? null : DemandeSamples.Valid($"F-{i}") with { IdClient = null }).ToList();

        DemandeFormat.Check(batch).ShouldBeSingle(ErrorCodes.NombrePrestationsMax);
    }

    [Fact]
    public void Check_EmptyBatch_IsErreurValidationOnTheRoot() =>
        DemandeFormat.Check([]).ShouldBeSingleValidation("inputDemandePaiements");

    [Fact]
    public void Check_NullItem_IsErreurValidationNamingItsIndex() =>
        DemandeFormat.Check([DemandeSamples.Valid("F-1"), null]).ShouldBeSingleValidation("inputDemandePaiements[1]");

    [Theory]
    [InlineData("idTiersFacturation")]
    [InlineData("idClient")]
    [InlineData("numFactureTiers")]
    [InlineData("dateNaissanceClient")]
    [InlineData("dateFacture")]
    [InlineData("dateDebutEmploi")]
    [InlineData("dateFinEmploi")]
    [InlineData("mntFactureTTC")]
    [InlineData("mntFactureHT")]
    [InlineData("inputPrestations")]
    public void Check_RequiredFieldMissing_IsErreurValidationWithItsPath(string field)
    {
        var d = DemandeSamples.Valid();
        var item = field switch
        {
            "idTiersFacturation" => d with { IdTiersFacturation = null },
            "idClient" => d with { IdClient = "" },
            "numFactureTiers" => d with { NumFactureTiers = null },
            "dateNaissanceClient" => d with { DateNaissanceClient = null },
            "dateFacture" => d with { DateFacture = null },
            "dateDebutEmploi" => d with { DateDebutEmploi = null },
            "dateFinEmploi" => d with { DateFinEmploi = null },
            "mntFactureTTC" => d with { MntFactureTTC = null },
            "mntFactureHT" => d with { MntFactureHT = null },
            _ => d with { InputPrestations = null },
        };

        DemandeFormat.Check([DemandeSamples.Valid("F-0"), item]).ShouldBeSingleValidation($"inputDemandePaiements[1].{field}")
            .Description.Should().EndWith("ce champ est obligatoire");
    }

    [Theory]
    [InlineData("dateFacture", "16/03/2026")]
    [InlineData("dateDebutEmploi", "2026-03-02T08:00:00+01:00")]
    [InlineData("dateFinEmploi", "2026-03-13T17:00:00")]
    [InlineData("dateNaissanceClient", "")]
    [InlineData("dateVersementAcompte", "demain")]
    public void Check_DateWithBadFormat_IsErreurValidationWithItsPath(string field, string value)
    {
        var d = DemandeSamples.Valid();
        var item = field switch
        {
            "dateFacture" => d with { DateFacture = value },
            "dateDebutEmploi" => d with { DateDebutEmploi = value },
            "dateFinEmploi" => d with { DateFinEmploi = value },
            "dateNaissanceClient" => d with { DateNaissanceClient = value },
            _ => d with { DateVersementAcompte = value },
        };

        DemandeFormat.Check([item]).ShouldBeSingleValidation($"inputDemandePaiements[0].{field}");
    }

    [Fact]
    public void Check_EmptyInputPrestations_IsErreurValidationWithItsPath() =>
        DemandeFormat.Check([DemandeSamples.Valid() with { InputPrestations = [] }])
            .ShouldBeSingleValidation("inputDemandePaiements[0].inputPrestations");

    [Fact]
    public void Check_NullLine_IsErreurValidationNamingTheLine() =>
        DemandeFormat.Check([DemandeSamples.Valid() with { InputPrestations = [DemandeSamples.Line(), null] }])
            .ShouldBeSingleValidation("inputDemandePaiements[0].inputPrestations[1]");

    [Theory]
    [InlineData("HEURE")]
    [InlineData("FORFAIT")]
    public void Check_UniteHeureOrForfait_HasNoError(string unite) =>
        DemandeFormat.Check([DemandeSamples.WithLine(l => l with { Unite = unite })]).Should().BeEmpty();

    [Theory]
    [InlineData("heure")]
    [InlineData("JOUR")]
    [InlineData("H")]
    [InlineData(null)]
    public void Check_UniteNotHeureNorForfait_IsErreurValidationWithItsPath(string? unite) =>
        DemandeFormat.Check([DemandeSamples.WithLine(l => l with { Unite = unite })])
            .ShouldBeSingleValidation("inputDemandePaiements[0].inputPrestations[0].unite");

    [Theory]
    [InlineData("codeNature")]
    [InlineData("quantite")]
    [InlineData("mntUnitaireTTC")]
    [InlineData("mntPrestationTTC")]
    [InlineData("mntPrestationHT")]
    [InlineData("mntPrestationTVA")]
    public void Check_RequiredLineFieldMissing_IsErreurValidationWithItsPath(string field)
    {
        var item = DemandeSamples.WithLine(l => field switch
        {
            "codeNature" => l with { CodeNature = null },
            "quantite" => l with { Quantite = null },
            "mntUnitaireTTC" => l with { MntUnitaireTTC = null },
            "mntPrestationTTC" => l with { MntPrestationTTC = null },
            "mntPrestationHT" => l with { MntPrestationHT = null },
            _ => l with { MntPrestationTVA = null },
        });

        DemandeFormat.Check([item]).ShouldBeSingleValidation($"inputDemandePaiements[0].inputPrestations[0].{field}");
    }

    [Fact]
    public void Check_LineDateWithOffset_IsErreurValidationWithItsPath() =>
        DemandeFormat.Check([DemandeSamples.WithLine(l => l with { DateDebutEmploi = "2026-03-02T09:00:00+01:00" })])
            .ShouldBeSingleValidation("inputDemandePaiements[0].inputPrestations[0].dateDebutEmploi");

    [Fact]
    public void Check_NumFactureTiersOver50Characters_IsErreurValidationWithItsPath() =>
        DemandeFormat.Check([DemandeSamples.Valid(new string('F', 51))])
            .ShouldBeSingleValidation("inputDemandePaiements[0].numFactureTiers");

    [Fact]
    public void Check_BrokenFieldsInSeveralItems_ReportsEveryPath() =>
        DemandeFormat.Check([DemandeSamples.Valid() with { IdClient = null }, DemandeSamples.WithLine(l => l with { Unite = "JOUR" })])
            .Select(e => e.Description).Should().SatisfyRespectively(
                first => first.Should().StartWith("champ inputDemandePaiements[0].idClient : "),
                second => second.Should().StartWith("champ inputDemandePaiements[1].inputPrestations[0].unite : "));
}
