using System.Text.Json;
using System.Text.RegularExpressions;
using AiciSandbox.Conformance.Runner.Reports;

namespace AiciSandbox.Conformance.Runner.Tests.Reports;

/// <summary>The standard Cucumber HTML report (Cucumber.HtmlFormatter) written from the run's messages.</summary>
public partial class HtmlReportTests
{
    [Fact]
    public async Task Html_IsCucumbersSelfContainedReport_CarryingScenariosStatusesAndAttachments()
    {
        var html = await HtmlReport.CreateAsync(await SampleRun.RunAsync(), "Rapport d'essai");

        html.Should().StartWith("<!DOCTYPE html>").And.Contain("<title>Rapport d'essai</title>").And.Contain("<div id=\"content\">");
        html.Should().NotContain("<link rel=\"stylesheet\"").And.NotContain("<script src=", "the page works offline, as a CI artifact");
        var messages = Messages(html);
        messages.Select(m => m.TryGetProperty("pickle", out var p) ? p.GetProperty("name").GetString() : null).OfType<string>()
            .Should().Equal("Demande acceptée", "Montant manquant", "Demande rejetée", "Invoice passes");
        messages.Where(m => m.TryGetProperty("testStepFinished", out _))
            .Select(m => m.GetProperty("testStepFinished").GetProperty("testStepResult").GetProperty("status").GetString())
            .Should().Contain(["PASSED", "FAILED", "UNDEFINED", "AMBIGUOUS"]);
        var attachment = messages.Single(m => m.TryGetProperty("attachment", out _)).GetProperty("attachment");
        attachment.GetProperty("fileName").GetString().Should().Be("échange");
        attachment.GetProperty("body").GetString().Should().Contain(SampleRun.Payload.Replace("\"", "\\\""));
    }

    [Fact]
    public async Task Html_AnAttachmentCannotCloseThePagesScript()
    {
        var html = await HtmlReport.CreateAsync(await SampleRun.RunAsync());

        html.Should().NotContain("<script>alert").And.NotContain("</script> &", "the attachment's <script> and </script> are escaped inside the embedded messages");
        html.Split("</script>").Should().HaveCount(4, "the page has its three scripts (messages, Cucumber's, custom) and no other closing tag");
    }

    /// <summary>The envelopes embedded in the page (<c>window.CUCUMBER_MESSAGES = [...]</c>).</summary>
    private static List<JsonElement> Messages(string html)
    {
        // A JavaScript literal: the page escapes "<" as \x3C, which JSON spells \u003C.
        var json = Embedded().Match(html).Groups[1].Value.Replace("\\x3C", "\\u003C");
        return JsonDocument.Parse(json).RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }

    [GeneratedRegex(@"window\.CUCUMBER_MESSAGES = (\[.*?\]);\s*</script>", RegexOptions.Singleline)]
    private static partial Regex Embedded();
}
