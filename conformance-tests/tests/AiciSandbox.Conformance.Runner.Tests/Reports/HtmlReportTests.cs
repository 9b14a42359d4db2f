using AiciSandbox.Conformance.Runner.Reports;

namespace AiciSandbox.Conformance.Runner.Tests.Reports;

public class HtmlReportTests
{
    [Fact]
    public async Task Html_IsSelfContainedWithSummaryStepsAndEscapedAttachments()
    {
        var html = HtmlReport.Create(await SampleRun.RunAsync());

        html.Should().StartWith("<!DOCTYPE html>");
        html.Should().Contain("<span class=\"passed\">1 passed</span><span class=\"failed\">1 failed</span>")
            .And.Contain("<span class=\"undefined\">1 undefined</span><span class=\"ambiguous\">1 ambiguous</span>");
        html.Should().Contain("<li class=\"step failed\"><span class=\"keyword\">Alors</span> elle est acceptée")
            .And.Contain("<pre class=\"error\">statut REFUSEE au lieu de VALIDEE</pre>");
        html.Should().Contain("<details class=\"attachment\"><summary>échange <small>application/json</small></summary><pre>");
        html.Should().NotContain("<script>").And.Contain("&lt;script&gt;");
        html.Should().NotContainAny("src=", "href=", "<link", "http://", "https://");
    }
}
