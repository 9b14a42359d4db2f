using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace AiciSandbox.Conformance.SpecFlow.Readme;

/// <summary>
/// The example project is what the README's QA walk-through writes: the same feature, the same specflow.json, the
/// packages it adds at the versions the repository builds with, the root namespace and the files copied to the output.
/// (Runs/ExampleProjectTests runs it, with the README's title filter, and finds the README's failure message.)
/// </summary>
public sealed class QaWalkThroughTests
{
    private static readonly XDocument ExampleProject = XDocument.Load(Path.Combine(QaWalkThrough.ExampleFolder, "MonLogiciel.Conformite.csproj"));

    [Fact]
    public void TheReadmesFeature_IsTheExampleProjectsFeature()
    {
        var example = File.ReadAllText(Path.Combine(QaWalkThrough.ExampleFolder, "Features", "MaFacturation.feature")).ReplaceLineEndings("\n");

        QaWalkThrough.Feature.TrimEnd().Should().Be(example.TrimEnd());
    }

    [Fact]
    public void TheReadmesSpecFlowJson_IsTheExampleProjects()
    {
        var example = JsonNode.Parse(File.ReadAllText(Path.Combine(QaWalkThrough.ExampleFolder, "specflow.json")));

        JsonNode.DeepEquals(JsonNode.Parse(QaWalkThrough.SpecFlowJson), example).Should().BeTrue();
    }

    [Fact]
    public void TheReadmesPackages_AreTheExampleProjects_AtTheRepositorysVersions()
    {
        var versions = XDocument.Load(Path.Combine(QaWalkThrough.Root, "Directory.Packages.props")).Descendants("PackageVersion")
            .ToDictionary(p => (string)p.Attribute("Include")!, p => (string)p.Attribute("Version")!);
        var exampleReferences = ExampleProject.Descendants("PackageReference").Select(p => (string)p.Attribute("Include")!).ToList();

        QaWalkThrough.Packages.Keys.Should().BeEquivalentTo(exampleReferences);
        foreach (var (package, version) in QaWalkThrough.Packages)
            versions.Should().Contain(package, version, $"the README adds {package} at the version the repository builds with");
    }

    [Fact]
    public void TheReadmesReferences_AreTheKitAndThePlugin_AsTheExampleProjectReferencesThem()
    {
        var exampleReferences = ExampleProject.Descendants("ProjectReference").Select(p => Path.GetFileName((string)p.Attribute("Include")!));

        foreach (var project in exampleReferences)
        {
            QaWalkThrough.Commands.Should().Contain($"/{project}\"");
            var relative = QaWalkThrough.Commands.Split('"').Single(part => part.EndsWith("/" + project, StringComparison.Ordinal)).Replace("$AICI/", "");
            File.Exists(Path.Combine(QaWalkThrough.Root, relative)).Should().BeTrue($"{relative} is in the repository");
        }
    }

    [Fact]
    public void TheExampleProject_HasTheRootNamespace_AndCopiesItsSettings_AsTheReadmeSays()
    {
        ExampleProject.Descendants("RootNamespace").Single().Value.Should().Be("MonLogiciel.Conformite");
        ExampleProject.Descendants("None").Select(n => (string?)n.Attribute("Update")).Should().Contain("specflow.json;xunit.runner.json");
        File.ReadAllText(Path.Combine(QaWalkThrough.ExampleFolder, "xunit.runner.json")).Should().Contain("\"parallelizeTestCollections\": false");
    }

    [Fact]
    public void TheReadmesTitleFilter_SelectsTheExampleScenario()
    {
        QaWalkThrough.Feature.Split('\n').Single(l => l.TrimStart().StartsWith("Scénario:", StringComparison.Ordinal))
            .Should().Contain(QaWalkThrough.TitleFilter);
    }
}
