using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AiciSandbox.Conformance.Runner.Execution;
using Cucumber.HtmlFormatter;

namespace AiciSandbox.Conformance.Runner.Reports;

/// <summary>
/// The standard Cucumber HTML report of a run, written by <c>Cucumber.HtmlFormatter</c> from the same Cucumber
/// Messages as the NDJSON report (<see cref="CucumberMessagesReport.Envelopes"/>): one self-contained page (script,
/// styles and icon inline, no network) whose scenarios, steps, statuses, errors and attachments are Cucumber's own
/// rendering.
/// </summary>
/// <remarks>
/// What a run adds to the standard report travels as attachments of its messages, so the library renders it:
/// text attachments (evidence, exchanges, reproducers) as text blocks, <c>application/json</c> pretty-printed and
/// <c>text/uri-list</c> as links. The messages are embedded as JSON by the library's <c>JsonInHtmlWriter</c>, which
/// escapes <c>&lt;/</c>, so no attachment can close the page's script.
/// </remarks>
public static class HtmlReport
{
    /// <summary>Non-ASCII text (accents) kept readable in the page; HTML safety is the library's escaping of <c>&lt;/</c>.</summary>
    private static readonly JsonSerializerOptions Json = new(MessagesJson.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the page to a stream (left open).</summary>
    public static async Task WriteAsync(TestRunResult run, Stream stream, string title = "Rapport de conformité")
    {
        var settings = new HtmlReportSettings { Title = title };
        var writer = new MessagesToHtmlWriter(new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true),
            (output, envelope) => output.WriteAsync(JsonSerializer.Serialize(envelope, Json)), settings);
        await using (writer)
        {
            foreach (var envelope in CucumberMessagesReport.Envelopes(run)) await writer.WriteAsync(envelope);
        }
    }

    /// <summary>Writes the page as UTF-8 to a file.</summary>
    public static async Task WriteAsync(TestRunResult run, string path, string title = "Rapport de conformité")
    {
        await using var file = File.Create(path);
        await WriteAsync(run, file, title);
    }

    /// <summary>The whole page as text.</summary>
    public static async Task<string> CreateAsync(TestRunResult run, string title = "Rapport de conformité")
    {
        using var stream = new MemoryStream();
        await WriteAsync(run, stream, title);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
