using AiciSandbox.Contract.Tests.Drift;

namespace AiciSandbox.Contract.Tests;

/// <summary>
/// Our OpenAPI contract against the official Swagger 1.29.1: every structural difference must be intended and listed, and
/// every listed difference must still occur.
/// </summary>
public sealed class OfficialSwaggerDriftTests
{
    [Fact]
    public void OurContract_DiffersFromOfficialSwagger_OnlyWhereListed()
    {
        var report = DriftCheck.Run(ContractFiles.LoadOfficialSwagger(), ContractFiles.LoadOurContract());

        if (!report.IsClean) Assert.Fail(report.Describe());
    }

    [Fact]
    public void IntendedDifferences_EachGiveADecisionAReasonAndTheirKeys()
    {
        var entries = IntendedDifference.ReadAll(ContractFiles.LoadOurContract());

        entries.Should().NotBeEmpty();
        entries.Select(e => e.Id).Should().OnlyHaveUniqueItems().And.NotContain(string.Empty);
        foreach (var entry in entries)
        {
            entry.Decision.Should().NotBeNullOrWhiteSpace($"entry {entry.Id} needs a decision");
            entry.Reason.Should().NotBeNullOrWhiteSpace($"entry {entry.Id} needs a reason");
            if (entry.Editorial) entry.Keys.Should().BeEmpty($"editorial entry {entry.Id} is not structural");
            else entry.Keys.Should().NotBeEmpty($"entry {entry.Id} must list the differences it covers");
        }
        entries.SelectMany(e => e.Keys).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void OfficialSwagger_IsReadUnderItsPublicProxyPath()
    {
        var official = ContractReader.Read(ContractFiles.LoadOfficialSwagger());

        official.Operations.Keys.Should().BeEquivalentTo(
            "POST /atp/v1/tiersPrestations/particulier",
            "POST /atp/v1/tiersPrestations/demandePaiement",
            "POST /atp/v1/tiersPrestations/demandePaiement/rechercher");
        official.Operations["POST /atp/v1/tiersPrestations/demandePaiement"].RequestBody.Should().Be("array<InputDemandePaiement>");
        official.Schemas["InputParticulierDTO"].Properties["lieuNaissance"]["type"].Should().Be("InputLieuNaissanceDTO");
    }

    [Fact]
    public void OurContract_ResolvesSharedResponsesAndRefsToSchemaNames()
    {
        var ours = ContractReader.Read(ContractFiles.LoadOurContract());

        var transmit = ours.Operations["POST /atp/v1/tiersPrestations/demandePaiement"];
        transmit.Responses["200"].Should().Be("array<OutputDemandePaiement>");
        transmit.Responses["401"].Should().Be(ContractModel.None);
        transmit.Responses["500"].Should().Be("array<Erreur>");
        ours.Operations["GET /atp/v1/tiersPrestations/particulier"].Parameters.Should().BeEquivalentTo("query idClient", "query adresseMail");
        ours.Schemas["InfoDemandePaiement"].Properties["statut"]["type"].Should().Be("Statut");
    }
}
