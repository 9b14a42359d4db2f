using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AiciSandbox.Conformance.Runner.Pickles;
using Io.Cucumber.Messages.Types;

namespace AiciSandbox.Conformance.Runner.Matching;

/// <summary>
/// Writes a paste-ready C# step definition for an undefined step: numbers become <c>{int}</c>/<c>{decimal}</c>,
/// quoted texts become <c>{string}</c>, and the method takes matching parameters (plus the table or doc string).
/// </summary>
/// <remarks>Modelled on Reqnroll's <c>TestUndefinedMessageFactory</c> and Cucumber's snippet generator. Pure.</remarks>
public static partial class SnippetGenerator
{
    /// <summary>The attribute and method skeleton for <paramref name="step"/>.</summary>
    public static string Generate(ScenarioStep step)
    {
        var expression = new StringBuilder();
        var parameters = new List<string>();
        var nameWords = new StringBuilder();
        var last = 0;
        foreach (Match token in Parameters().Matches(step.Text))
        {
            AppendLiteral(expression, nameWords, step.Text[last..token.Index]);
            var (placeholder, type) = Classify(token.Value);
            expression.Append(placeholder);
            parameters.Add($"{type} p{parameters.Count}");
            last = token.Index + token.Length;
        }
        AppendLiteral(expression, nameWords, step.Text[last..]);
        if (step.DataTable is not null) parameters.Add("DataTable table");
        if (step.DocString is not null) parameters.Add("string docString");

        var attribute = step.Type switch
        {
            PickleStepType.CONTEXT => "Given",
            PickleStepType.ACTION => "When",
            PickleStepType.OUTCOME => "Then",
            _ => "StepDefinition",
        };
        var method = (attribute == "StepDefinition" ? "Step" : attribute) + MethodName(nameWords.ToString());
        return $$"""
            [{{attribute}}("{{CSharpEscape(expression.ToString())}}")]
            public void {{method}}({{string.Join(", ", parameters)}})
            {
                throw new NotImplementedException();
            }
            """;
    }

    private static (string Placeholder, string Type) Classify(string token)
    {
        if (token[0] is '"' or '\'') return ("{string}", "string");
        if (token.Contains('.') || token.Contains(',')) return ("{decimal}", "decimal");
        return int.TryParse(token, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) ? ("{int}", "int") : ("{long}", "long");
    }

    private static void AppendLiteral(StringBuilder expression, StringBuilder nameWords, string literal)
    {
        foreach (var c in literal)
        {
            if (c is '(' or ')' or '{' or '}' or '/' or '\\') expression.Append('\\');
            expression.Append(c);
        }
        nameWords.Append(' ').Append(literal);
    }

    /// <summary>"une facture de" → "UneFactureDe", accents removed so the name is plain ASCII.</summary>
    private static string MethodName(string words)
    {
        var name = new StringBuilder();
        foreach (var word in words.Normalize(NormalizationForm.FormD).Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = new string(word.Where(c => char.IsAsciiLetterOrDigit(c)).ToArray());
            if (letters.Length > 0) name.Append(char.ToUpperInvariant(letters[0])).Append(letters[1..]);
        }
        return name.Length > 0 && char.IsDigit(name[0]) ? "_" + name : name.ToString();
    }

    private static readonly char[] WordSeparators = [' ', '\t', '\'', '’', '-', '_', '/', '.', ',', ':', ';'];

    private static string CSharpEscape(string text) => text.Replace(@"\", @"\\").Replace("\"", "\\\"");

    [GeneratedRegex("""
        "[^"]*"|(?<!\w)'[^']*'(?!\w)|(?<!\w)-?\d+(?:[.,]\d+)?(?!\w)
        """)]
    private static partial Regex Parameters();
}
