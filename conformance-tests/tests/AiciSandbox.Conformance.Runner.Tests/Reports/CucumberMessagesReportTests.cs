using System.Text.Json;
using AiciSandbox.Conformance.Runner.Reports;

namespace AiciSandbox.Conformance.Runner.Tests.Reports;

public class CucumberMessagesReportTests
{
    private static async Task<IReadOnlyList<JsonElement>> EnvelopesAsync()
    {
        using var stream = new MemoryStream();
        CucumberMessagesReport.Write(await SampleRun.RunAsync(), stream);
        var text = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        text.Should().EndWith("\n");
        return text.TrimEnd('\n').Split('\n').Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToArray();
    }

    private static string Kind(JsonElement envelope) => envelope.EnumerateObject().Single().Name;

    [Fact]
    public async Task Ndjson_EveryLineIsOneEnvelopeInTheExpectedOrder()
    {
        var kinds = (await EnvelopesAsync()).Select(Kind).ToArray();

        kinds.First().Should().Be("meta");
        kinds.Last().Should().Be("testRunFinished");
        kinds.Distinct().Should().BeEquivalentTo("meta", "source", "gherkinDocument", "pickle", "stepDefinition", "testRunStarted",
            "testCase", "testCaseStarted", "testStepStarted", "testStepFinished", "attachment", "suggestion", "testCaseFinished", "testRunFinished");
        kinds.Count(k => k == "pickle").Should().Be(4);
        kinds.Count(k => k == "testCase").Should().Be(4);
        Array.IndexOf(kinds, "testRunStarted").Should().BeLessThan(Array.IndexOf(kinds, "testCase"));
    }

    [Fact]
    public async Task Ndjson_IdsReferToEachOtherAndStatusesUseSchemaSpelling()
    {
        var envelopes = await EnvelopesAsync();
        JsonElement[] Of(string kind) => envelopes.Where(e => Kind(e) == kind).Select(e => e.GetProperty(kind)).ToArray();

        var pickleIds = Of("pickle").Select(p => p.GetProperty("id").GetString()).ToHashSet();
        var testCases = Of("testCase");
        testCases.Should().AllSatisfy(c => pickleIds.Should().Contain(c.GetProperty("pickleId").GetString()));
        var stepIds = testCases.SelectMany(c => c.GetProperty("testSteps").EnumerateArray()).Select(s => s.GetProperty("id").GetString()).ToHashSet();
        Of("testStepFinished").Should().AllSatisfy(f => stepIds.Should().Contain(f.GetProperty("testStepId").GetString()));
        Of("testStepFinished").Select(f => f.GetProperty("testStepResult").GetProperty("status").GetString()).Should()
            .Equal("PASSED", "PASSED", "FAILED", "UNDEFINED", "PASSED", "AMBIGUOUS", "PASSED");
        Of("pickle")[0].GetProperty("steps")[0].GetProperty("type").GetString().Should().Be("Context");
        Of("source")[0].GetProperty("mediaType").GetString().Should().Be("text/x.cucumber.gherkin+plain");
        Of("testRunFinished").Single().GetProperty("success").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public async Task Ndjson_AttachmentsAndSuggestionsCarryTheirContent()
    {
        var envelopes = await EnvelopesAsync();

        var attachment = envelopes.Single(e => Kind(e) == "attachment").GetProperty("attachment");
        attachment.GetProperty("mediaType").GetString().Should().Be("application/json");
        attachment.GetProperty("contentEncoding").GetString().Should().Be("IDENTITY");
        JsonDocument.Parse(attachment.GetProperty("body").GetString()!).RootElement.GetProperty("request").GetString().Should().Be(SampleRun.Payload);
        var suggestion = envelopes.Single(e => Kind(e) == "suggestion").GetProperty("suggestion");
        suggestion.GetProperty("snippets")[0].GetProperty("code").GetString().Should().StartWith("[Given(\"une facture sans montant\")]");
    }
}
