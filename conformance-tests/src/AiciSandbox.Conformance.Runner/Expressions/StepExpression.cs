using System.Text.RegularExpressions;
using CucumberExpressions;

namespace AiciSandbox.Conformance.Runner.Expressions;

/// <summary>
/// A compiled step expression: a Cucumber expression (parsed by <c>Cucumber.CucumberExpressions</c>, one capture group
/// per parameter), or a regular expression when the text starts with <c>^</c> or
/// ends with <c>$</c> (Reqnroll's <c>CucumberExpressionDetector</c> rule).
/// </summary>
/// <remarks>Immutable and thread-safe. A match must cover the whole step text.</remarks>
public sealed class StepExpression
{
    private readonly Regex _regex;

    private StepExpression(string source, bool isRegex, Regex regex, IReadOnlyList<ExpressionParameter> parameters)
    {
        Source = source;
        IsRegex = isRegex;
        _regex = regex;
        Parameters = parameters;
    }

    /// <summary>The expression as written in the attribute.</summary>
    public string Source { get; }

    /// <summary>True for a regular expression, false for a Cucumber expression.</summary>
    public bool IsRegex { get; }

    /// <summary>The parameters, in the order they bind to method parameters.</summary>
    public IReadOnlyList<ExpressionParameter> Parameters { get; }

    /// <summary>The regular expression actually matched against step texts.</summary>
    public string Pattern => _regex.ToString();

    /// <summary>True when the text is to be read as a regular expression.</summary>
    public static bool IsRegularExpression(string source) => source.StartsWith('^') || source.EndsWith('$');

    /// <summary>
    /// Compiles <paramref name="source"/>. For a Cucumber expression, <paramref name="resolve"/> gives the regex
    /// fragment of a parameter type that is not built in (an enum or a named transformation), or null if unknown.
    /// </summary>
    /// <exception cref="ExpressionException">The expression is malformed or names an unknown type.</exception>
    public static StepExpression Create(string source, Func<string, int, string?>? resolve = null)
    {
        if (IsRegularExpression(source))
        {
            var regex = Compile(source, Anchor(source), RegexOptions.CultureInvariant);
            var groups = regex.GetGroupNumbers().Count(n => n > 0);
            return new StepExpression(source, true, regex, Enumerable.Repeat(new ExpressionParameter(null), groups).ToArray());
        }

        var parameterTypes = new ParameterTypes(resolve);
        CucumberExpression expression;
        try
        {
            expression = new CucumberExpression(source, parameterTypes);
        }
        catch (CucumberExpressionException e)
        {
            throw new ExpressionException(source, e.Message);
        }
        var compiled = Compile(source, expression.Regex.ToString(), RegexOptions.CultureInvariant);
        return new StepExpression(source, false, compiled, expression.ParameterTypes.Select(p => new ExpressionParameter(p.Name)).ToArray());
    }

    /// <summary>The text captured for each parameter, or null when the step text does not match.</summary>
    public IReadOnlyList<string>? Match(string text)
    {
        var match = _regex.Match(text);
        if (!match.Success) return null;
        return _regex.GetGroupNumbers().Where(n => n > 0).Select(n => match.Groups[n].Value).ToArray();
    }

    /// <inheritdoc />
    public override string ToString() => Source;

    private static string Anchor(string regex) =>
        (regex.StartsWith('^') ? "" : "^") + regex + (regex.EndsWith('$') ? "" : "$");

    private static Regex Compile(string source, string pattern, RegexOptions options)
    {
        try
        {
            return new Regex(pattern, options, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException e)
        {
            throw new ExpressionException(source, e.Message);
        }
    }
}
