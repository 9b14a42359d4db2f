using System.Xml.Linq;
using AiciSandbox.Conformance.Runner.Reports;

namespace AiciSandbox.Conformance.Runner.Tests.Reports;

public class JUnitReportTests
{
    private static async Task<XDocument> ReportAsync()
    {
        using var stream = new MemoryStream();
        JUnitReport.Write(await SampleRun.RunAsync(), stream);
        stream.Position = 0;
        return XDocument.Load(stream);
    }

    [Fact]
    public async Task JUnit_HasOneSuitePerFeatureAndOneCasePerScenario()
    {
        var xml = await ReportAsync();

        var root = xml.Root!;
        root.Name.LocalName.Should().Be("testsuites");
        ((int)root.Attribute("tests")!).Should().Be(4);
        ((int)root.Attribute("failures")!).Should().Be(3);
        root.Elements("testsuite").Select(s => (string)s.Attribute("name")!).Should().Equal("Facturation", "Clock");
        root.Descendants("testcase").Select(c => ((string)c.Attribute("classname")!, (string)c.Attribute("name")!)).Should().Equal(
            ("Facturation", "Demande acceptée"), ("Facturation", "Montant manquant"), ("Facturation", "Demande rejetée"), ("Clock", "Invoice passes"));
    }

    [Fact]
    public async Task JUnit_FailuresNameTheStepAndTheKindOfProblem()
    {
        var cases = (await ReportAsync()).Descendants("testcase").ToDictionary(c => (string)c.Attribute("name")!);

        var failed = cases["Demande acceptée"].Element("failure")!;
        ((string)failed.Attribute("type")!).Should().Be("en échec");
        ((string)failed.Attribute("message")!).Should().Be(
            "Étape « Alors elle est acceptée » (features/facturation.feature:7) en échec : statut REFUSEE au lieu de VALIDEE");
        failed.Value.Should().Contain("[réussie]      Soit une facture de 12,50 €").And.Contain("[en échec]     Alors elle est acceptée");
        ((string)cases["Montant manquant"].Element("failure")!.Attribute("type")!).Should().Be("non définie");
        cases["Montant manquant"].Element("failure")!.Value.Should().Contain("[Given(\"une facture sans montant\")]");
        ((string)cases["Demande rejetée"].Element("failure")!.Attribute("type")!).Should().Be("ambiguë");
        cases["Invoice passes"].Element("failure").Should().BeNull();
        ((string)cases["Invoice passes"].Attribute("time")!).Should().Be("0.250");
    }
}
