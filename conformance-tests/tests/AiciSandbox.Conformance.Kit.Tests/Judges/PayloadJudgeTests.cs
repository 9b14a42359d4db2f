using AiciSandbox.Conformance.Kit.Driver;
using AiciSandbox.Conformance.Kit.Wire;

namespace AiciSandbox.Conformance.Kit.Tests.Judges;

public sealed class PayloadJudgeTests
{
    private static readonly DriverInvoice Invoice = new("F-001", "Jeanne", "2026-03-04", "2026-03-03T07:00:00Z", "2026-03-03T09:00:00Z", 50.00m, 45.45m, null,
        [new DriverLine("60", null, "HEURE", 2m, 25.000m, 50.00m, 45.45m, 4.55m, "SAP852330992")]);

    private const string Faithful = """
        [{"idTiersFacturation":"1081230","idClient":"c-1","dateNaissanceClient":"1980-03-29T00:00:00Z","numFactureTiers":"F-001",
          "dateFacture":"2026-03-04T00:00:00Z","dateDebutEmploi":"2026-03-03T07:00:00.000Z","dateFinEmploi":"2026-03-03T09:00:00Z",
          "mntFactureTTC":50,"mntFactureHT":45.45,
          "inputPrestations":[{"codeNature":"60","unite":"HEURE","quantite":2,"mntUnitaireTTC":25,"mntPrestationTTC":50.0,"mntPrestationHT":45.45,"mntPrestationTVA":4.55,"complement2":"SAP852330992"}]}]
        """;

    private static IReadOnlyList<WireExchange> Sent(string body) =>
        new WireFixtures().Call("POST", "/demandePaiement", TimeSpan.FromHours(1), "t", 200, body, """[{"idDemandePaiement":"d-1","statut":"10"}]""").Exchanges;

    [Fact]
    public void TheInvoiceAsInvoiced_Passes_WhateverTheNumberAndDateSpelling()
    {
        PayloadJudge.SentAsInvoiced(Sent(Faithful), Invoice, "c-1", "1980-03-29").Passed.Should().BeTrue();
    }

    [Theory]
    [InlineData("\"dateDebutEmploi\":\"2026-03-03T07:00:00.000Z\"", "\"dateDebutEmploi\":\"2026-03-03T00:00:00Z\"", "dateDebutEmploi : facturé 2026-03-03T07:00:00Z, transmis 2026-03-03T00:00:00Z")]
    [InlineData("\"codeNature\":\"60\"", "\"codeNature\":\"120\"", "inputPrestations[0].codeNature : facturé 60, transmis 120")]
    [InlineData("\"complement2\":\"SAP852330992\"", "\"complement2\":\"SAP000000000\"", "complement2 (intervenant) : facturé SAP852330992, transmis SAP000000000")]
    [InlineData("\"idClient\":\"c-1\"", "\"idClient\":\"c-2\"", "idClient : facturé c-1, transmis c-2")]
    [InlineData("\"mntFactureHT\":45.45", "\"mntFactureHT\":45.46", "mntFactureHT : facturé 45.45, transmis 45.46")]
    public void ADifference_FailsNamingTheFieldAndBothValues(string original, string changed, string difference)
    {
        var verdict = PayloadJudge.SentAsInvoiced(Sent(Faithful.Replace(original, changed)), Invoice, "c-1", "1980-03-29");

        verdict.Failure.Should().Contain("CGU art. 4.5.1").And.Contain(difference);
        verdict.Evidence.Should().ContainSingle();
    }

    [Theory]
    [InlineData("1980-03-29T00:00:00Z")]
    [InlineData("1980-03-29")]
    [InlineData("1980-03-28T23:00:00Z")]
    public void ABirthDate_IsReadAsTheSandboxReadsIt_TheParisDayOfAnInstant(string sent)
    {
        var verdict = PayloadJudge.SentAsInvoiced(Sent(Faithful.Replace("1980-03-29T00:00:00Z", sent)), Invoice, "c-1", "1980-03-29");

        verdict.Passed.Should().BeTrue($"{sent} is 29 March in Paris, the day the sandbox compares");
    }

    [Fact]
    public void ABirthDateADayEarly_Fails()
    {
        PayloadJudge.SentAsInvoiced(Sent(Faithful.Replace("1980-03-29T00:00:00Z", "1980-03-28T00:00:00Z")), Invoice, "c-1", "1980-03-29")
            .Failure.Should().Contain("dateNaissanceClient : facturé 1980-03-29, transmis 1980-03-28");
    }

    [Fact]
    public void NoAcceptedDemandeForTheInvoice_Fails()
    {
        PayloadJudge.SentAsInvoiced(Sent(Faithful.Replace("F-001", "F-999")), Invoice, "c-1", "1980-03-29").Failure.Should().Contain("aucune demande « F-001 »");
    }
}
