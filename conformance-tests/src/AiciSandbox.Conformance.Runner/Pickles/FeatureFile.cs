using Io.Cucumber.Messages.Types;

namespace AiciSandbox.Conformance.Runner.Pickles;

/// <summary>
/// A parsed feature file: its source text, its Gherkin document (as Cucumber messages) and its runnable scenarios.
/// </summary>
/// <remarks>Immutable once loaded; the reports read <see cref="Source"/> and <see cref="Document"/> as they are.</remarks>
public sealed class FeatureFile
{
    internal FeatureFile(Source source, GherkinDocument document, Func<FeatureFile, IReadOnlyList<ScenarioDefinition>> scenarios)
    {
        Source = source;
        Document = document;
        Scenarios = scenarios(this);
    }

    /// <summary>Where the file was read from, with forward slashes; used in error locations and reports.</summary>
    public string Uri => Source.Uri;

    /// <summary>The feature's title (the text after <c>Feature:</c> / <c>Fonctionnalité:</c>).</summary>
    public string Name => Document.Feature?.Name ?? "";

    /// <summary>The Gherkin language of the file (<c>en</c>, <c>fr</c>, …).</summary>
    public string Language => Document.Feature?.Language ?? "en";

    /// <summary>The source message (uri, text, media type).</summary>
    public Source Source { get; }

    /// <summary>The Gherkin document produced by <c>AstMessagesConverter</c>.</summary>
    public GherkinDocument Document { get; }

    /// <summary>One entry per pickle, in the compiler's order.</summary>
    public IReadOnlyList<ScenarioDefinition> Scenarios { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Uri})";
}
