using System.Text.Json.Nodes;
using AiciSandbox.Contract.Tests.Drift;

namespace AiciSandbox.Contract.Tests;

/// <summary>
/// Proves the drift check can fail: each test changes a copy of our contract in memory, then checks that the comparer
/// reports exactly that change and that the drift check against the official Swagger is no longer clean.
/// </summary>
public sealed class ComparerMutationTests
{
    private const string Rechercher = "POST /atp/v1/tiersPrestations/demandePaiement/rechercher";

    private readonly JsonNode official = ContractFiles.LoadOfficialSwagger();
    private readonly JsonNode ours = ContractFiles.LoadOurContract();

    [Fact]
    public void ComparingOurContractWithItself_FindsNoDifference()
    {
        Differences(ours, ours.DeepClone()).Should().BeEmpty();
        DriftCheck.Run(official, ours).IsClean.Should().BeTrue();
    }

    [Fact]
    public void RemovingARequiredField_IsReportedAndFailsTheDriftCheck()
    {
        var mutated = Mutate(doc => RemoveText(Schema(doc, "InputParticulierDTO")["required"]!.AsArray(), "civilite"));

        Differences(ours, mutated).Should().Equal("schema InputParticulierDTO.civilite required: yes → no");
        DriftCheck.Run(official, mutated).Unlisted.Should().Equal("schema InputParticulierDTO.civilite required: yes → no");
    }

    [Fact]
    public void ChangingAPattern_IsReportedAndFailsTheDriftCheck()
    {
        var mutated = Mutate(doc => Property(doc, "InputAdresseDTO", "codePostal")["pattern"] = "^[0-9]{4,5}$");

        const string expected = "schema InputAdresseDTO.codePostal pattern: ^[0-9]{5}$ → ^[0-9]{4,5}$";
        Differences(ours, mutated).Should().Equal(expected);
        DriftCheck.Run(official, mutated).Unlisted.Should().Equal(expected);
    }

    [Fact]
    public void RenamingAProperty_IsReportedAsARemovalAndAnAddition()
    {
        var mutated = Mutate(doc =>
        {
            var schema = Schema(doc, "InputDemandePaiement");
            var properties = schema["properties"]!.AsObject();
            var property = properties["numFactureTiers"]!;
            properties.Remove("numFactureTiers");
            properties["numeroFactureTiers"] = property;
            var required = schema["required"]!.AsArray();
            RemoveText(required, "numFactureTiers");
            required.Add("numeroFactureTiers");
        });

        string[] expected = ["schema InputDemandePaiement.numeroFactureTiers added", "schema InputDemandePaiement.numFactureTiers removed"];
        Differences(ours, mutated).Should().BeEquivalentTo(expected);
        DriftCheck.Run(official, mutated).Unlisted.Should().BeEquivalentTo(expected);
    }

    [Fact]
    public void DroppingAnOperation_IsReportedAndFailsTheDriftCheck()
    {
        var mutated = Mutate(doc => doc["paths"]!.AsObject().Remove("/atp/v1/tiersPrestations/demandePaiement/rechercher"));

        Differences(ours, mutated).Should().Equal($"operation {Rechercher} removed");
        var report = DriftCheck.Run(official, mutated);
        report.Unlisted.Should().Equal($"operation {Rechercher} removed");
        report.Stale.Should().Equal($"operation {Rechercher} response 413 added", $"operation {Rechercher} response 415 added");
    }

    [Fact]
    public void ChangingAnEnum_IsReportedAndFailsTheDriftCheck()
    {
        var mutated = Mutate(doc => RemoveText(Property(doc, "Statut", "code")["enum"]!.AsArray(), "113"));

        const string before = "[10, 15, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 111, 112, 113, 120, 260, 270]";
        const string after = "[10, 15, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 111, 112, 120, 260, 270]";
        Differences(ours, mutated).Should().Equal($"schema Statut.code enum: {before} → {after}");
        var report = DriftCheck.Run(official, mutated);
        report.Unlisted.Should().Equal($"schema Statut.code enum: (none) → {after}");
        report.Stale.Should().Equal($"schema Statut.code enum: (none) → {before}");
    }

    [Fact]
    public void ListingADifferenceThatDoesNotOccur_FailsTheDriftCheckAsStale()
    {
        const string invented = "schema Erreur.code maxLength: (none) → 50";
        var mutated = Mutate(doc => doc[IntendedDifference.Extension]![0]!["differences"]!.AsArray().Add(invented));

        Differences(ours, mutated).Should().BeEmpty();
        var report = DriftCheck.Run(official, mutated);
        report.Unlisted.Should().BeEmpty();
        report.Stale.Should().Equal(invented);
        report.Describe().Should().Contain(invented);
    }

    private JsonNode Mutate(Action<JsonNode> change)
    {
        var copy = ours.DeepClone();
        change(copy);
        return copy;
    }

    private static IEnumerable<string> Differences(JsonNode before, JsonNode after) =>
        ContractComparer.Compare(ContractReader.Read(before), ContractReader.Read(after)).Select(d => d.Key);

    private static JsonNode Schema(JsonNode doc, string name) => doc["components"]!["schemas"]![name]!;

    private static JsonObject Property(JsonNode doc, string schema, string property) =>
        Schema(doc, schema)["properties"]![property]!.AsObject();

    private static void RemoveText(JsonArray array, string text)
    {
        var index = array.Select(SchemaReader.Text).ToList().IndexOf(text);
        index.Should().BeGreaterThanOrEqualTo(0, $"the contract should contain {text}");
        array.RemoveAt(index);
    }
}
