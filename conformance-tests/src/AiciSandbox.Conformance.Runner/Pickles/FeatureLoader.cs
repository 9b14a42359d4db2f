using System.Text.RegularExpressions;
using Gherkin;
using Gherkin.CucumberMessages;
using Gherkin.CucumberMessages.Pickles;
using Io.Cucumber.Messages.Types;

namespace AiciSandbox.Conformance.Runner.Pickles;

/// <summary>
/// Reads feature files with the official Gherkin parser and compiles them into pickles
/// (<c>Parser</c> → <c>AstMessagesConverter</c> → <c>PickleCompiler</c>).
/// </summary>
/// <remarks>
/// One loader hands out ids from one <see cref="IncrementingIdGenerator"/>, so ids are unique across everything it
/// loaded and identical from one run to the next for the same files in the same order. Not thread-safe.
/// The language comes from the file's <c># language:</c> header (English by default).
/// </remarks>
public sealed partial class FeatureLoader
{
    private readonly IncrementingIdGenerator _ids = new();

    /// <summary>Parses one feature from its text; <paramref name="uri"/> names it in errors and reports.</summary>
    /// <exception cref="GherkinParseException">The text has syntax errors (all of them are listed).</exception>
    public FeatureFile Parse(string text, string uri)
    {
        uri = uri.Replace('\\', '/');
        Gherkin.Ast.GherkinDocument ast;
        try
        {
            ast = new Parser().Parse(new StringReader(text));
        }
        catch (CompositeParserException composite)
        {
            throw new GherkinParseException(composite.Errors.Select(e => ToError(uri, e)).ToArray());
        }
        catch (ParserException single)
        {
            throw new GherkinParseException([ToError(uri, single)]);
        }

        var source = new Source(uri, text, SourceMediaType.TEXT_X_CUCUMBER_GHERKIN_PLAIN);
        var document = new AstMessagesConverter(_ids).ConvertGherkinDocumentToEventArgs(ast, uri);
        var pickles = new PickleCompiler(_ids).Compile(document);
        var steps = GherkinStepIndex.Of(document);
        return new FeatureFile(source, document, feature => pickles
            .Select((pickle, index) => new ScenarioDefinition(feature, pickle, index, pickle.Steps.Select(steps.Describe).ToArray()))
            .ToArray());
    }

    /// <summary>Reads and parses one file.</summary>
    /// <exception cref="GherkinParseException">The file has syntax errors.</exception>
    public FeatureFile ParseFile(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>Parses every file, collecting the errors of all files instead of stopping at the first.</summary>
    public FeatureSet LoadFiles(IEnumerable<string> paths)
    {
        var features = new List<FeatureFile>();
        var errors = new List<GherkinParseError>();
        foreach (var path in paths)
        {
            try
            {
                features.Add(ParseFile(path));
            }
            catch (GherkinParseException e)
            {
                errors.AddRange(e.Errors);
            }
        }
        return new FeatureSet(features, errors);
    }

    /// <summary>Loads every <c>*.feature</c> file under <paramref name="directory"/>, in ordinal path order.</summary>
    public FeatureSet LoadDirectory(string directory) =>
        LoadFiles(Directory.EnumerateFiles(directory, "*.feature", SearchOption.AllDirectories).Order(StringComparer.Ordinal));

    private static GherkinParseError ToError(string uri, ParserException error) => new(
        uri,
        error.Location?.Line ?? 0,
        error.Location?.Column ?? 0,
        LocationPrefix().Replace(error.Message, "").Trim());

    [GeneratedRegex(@"^\(\d+:\d+\):\s*")]
    private static partial Regex LocationPrefix();
}
