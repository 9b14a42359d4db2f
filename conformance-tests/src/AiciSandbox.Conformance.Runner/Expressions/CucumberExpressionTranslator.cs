using System.Text;

namespace AiciSandbox.Conformance.Runner.Expressions;

/// <summary>
/// Translates a Cucumber expression into an anchored regular expression with one named group per parameter.
/// </summary>
/// <remarks>
/// Supported: <c>{name}</c> parameters, <c>(optional text)</c>, <c>word/other</c> alternatives bounded by spaces, and
/// <c>\</c> to escape <c>( ) { } / \</c>. Groups are named <c>p0</c>, <c>p1</c>, … and the regex is meant to run with
/// <c>RegexOptions.ExplicitCapture</c>, so groups inside parameter patterns do not shift positions.
/// Written here because Cucumber.CucumberExpressions is not available.
/// </remarks>
public static class CucumberExpressionTranslator
{
    /// <summary>
    /// Translates <paramref name="expression"/>; <paramref name="resolve"/> gives the regex fragment of a parameter
    /// type from its name and position, or null when the name is unknown.
    /// </summary>
    /// <exception cref="ExpressionException">The expression is malformed or names an unknown type.</exception>
    public static (string Pattern, IReadOnlyList<string> ParameterNames) Translate(
        string expression, Func<string, int, string?> resolve)
    {
        var names = new List<string>();
        var pattern = new StringBuilder("^");
        foreach (var word in SplitWords(expression))
        {
            var alternatives = SplitAlternatives(expression, word);
            if (alternatives.Count == 1)
            {
                pattern.Append(TranslatePart(expression, alternatives[0], resolve, names));
                continue;
            }
            if (alternatives.Any(a => a.Contains('{') || a.Length == 0))
                throw new ExpressionException(expression, $"an alternative ('{word}') cannot be empty or hold a parameter.");
            pattern.Append("(?:").AppendJoin('|', alternatives.Select(a => TranslatePart(expression, a, resolve, names))).Append(')');
        }
        return (pattern.Append('$').ToString(), names);
    }

    /// <summary>Splits at unescaped spaces, keeping each space as its own word so it is matched literally.</summary>
    private static IEnumerable<string> SplitWords(string expression)
    {
        var current = new StringBuilder();
        for (var i = 0; i < expression.Length; i++)
        {
            var c = expression[i];
            if (c == '\\' && i + 1 < expression.Length)
            {
                current.Append(c).Append(expression[++i]);
            }
            else if (char.IsWhiteSpace(c))
            {
                if (current.Length > 0) yield return current.ToString();
                current.Clear();
                yield return c.ToString();
            }
            else
            {
                current.Append(c);
            }
        }
        if (current.Length > 0) yield return current.ToString();
    }

    /// <summary>Splits a word at unescaped slashes that are outside optional text.</summary>
    private static List<string> SplitAlternatives(string expression, string word)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        var depth = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c == '\\' && i + 1 < word.Length) { current.Append(c).Append(word[++i]); continue; }
            if (c is '(' or '{') depth++;
            if (c is ')' or '}') depth--;
            if (c == '/' && depth == 0) { parts.Add(current.ToString()); current.Clear(); continue; }
            current.Append(c);
        }
        if (depth != 0)
            throw new ExpressionException(expression, $"unbalanced '(' or '{{' in '{word}'.");
        parts.Add(current.ToString());
        return parts;
    }

    private static string TranslatePart(string expression, string part, Func<string, int, string?> resolve, List<string> names)
    {
        var regex = new StringBuilder();
        for (var i = 0; i < part.Length; i++)
        {
            var c = part[i];
            if (c == '\\' && i + 1 < part.Length)
            {
                regex.Append(System.Text.RegularExpressions.Regex.Escape(part[++i].ToString()));
            }
            else if (c == '{')
            {
                var end = ClosingIndex(expression, part, i, '}');
                var name = part[(i + 1)..end];
                var fragment = resolve(name, names.Count)
                    ?? throw new ExpressionException(expression, $"unknown parameter type {{{name}}} (built-in: int, long, " +
                        "float, double, decimal, string, word, {}; or an enum name or a named [StepArgumentTransformation]).");
                regex.Append($"(?<p{names.Count}>{fragment})");
                names.Add(name);
                i = end;
            }
            else if (c == '(')
            {
                var end = ClosingIndex(expression, part, i, ')');
                var optional = part[(i + 1)..end];
                if (optional.Length == 0 || optional.Contains('{'))
                    throw new ExpressionException(expression, "optional text '()' cannot be empty or hold a parameter.");
                regex.Append("(?:").Append(TranslatePart(expression, optional, resolve, names)).Append(")?");
                i = end;
            }
            else if (c is ')' or '}')
            {
                throw new ExpressionException(expression, $"unexpected '{c}'; escape it as '\\{c}'.");
            }
            else
            {
                regex.Append(System.Text.RegularExpressions.Regex.Escape(c.ToString()));
            }
        }
        return regex.ToString();
    }

    private static int ClosingIndex(string expression, string part, int start, char closing)
    {
        var end = part.IndexOf(closing, start);
        return end >= 0 ? end : throw new ExpressionException(expression, $"'{part[start]}' at '{part}' is never closed.");
    }
}
