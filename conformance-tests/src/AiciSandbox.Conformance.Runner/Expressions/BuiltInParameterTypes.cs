namespace AiciSandbox.Conformance.Runner.Expressions;

/// <summary>
/// The Cucumber expression parameter types every step can use, with the regular expression each one matches.
/// </summary>
/// <remarks>
/// As in Cucumber and Reqnroll: <c>{int} {long} {float} {double} {decimal} {string} {word}</c> and the anonymous
/// <c>{}</c>. <c>{decimal}</c> also accepts a comma as decimal separator (<c>12,50</c>) for French texts.
/// <c>{string}</c> matches a double- or single-quoted text; the quotes are removed before conversion.
/// </remarks>
public static class BuiltInParameterTypes
{
    /// <summary>The name of the quoted-string type.</summary>
    public const string String = "string";

    /// <summary>Regex fragment by parameter type name (the anonymous type has the empty name).</summary>
    public static IReadOnlyDictionary<string, string> Patterns { get; } = new Dictionary<string, string>
    {
        ["int"] = @"[-+]?\d+",
        ["long"] = @"[-+]?\d+",
        ["float"] = @"[-+]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?",
        ["double"] = @"[-+]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?",
        ["decimal"] = @"[-+]?(?:\d+(?:[.,]\d+)?|[.,]\d+)",
        [String] = @"""(?:[^""\\]|\\.)*""|(?<!\w)'(?:[^'\\]|\\.)*'(?!\w)",
        ["word"] = @"[^\s]+",
        [""] = @".*",
    };

    /// <summary>The two forms of <c>{string}</c>, each a regex alternative of its own.</summary>
    /// <remarks>A single-quoted text is not glued to a word, so that French elisions (<c>d'hier</c>) are not quotes.</remarks>
    internal static readonly string[] StringAlternatives = [@"""(?:[^""\\]|\\.)*""", @"(?<!\w)'(?:[^'\\]|\\.)*'(?!\w)"];

    /// <summary>Removes the quotes of a <c>{string}</c> match and unescapes <c>\"</c> and <c>\'</c>.</summary>
    public static string Unquote(string quoted) =>
        quoted.Length >= 2 && (quoted[0] == '"' || quoted[0] == '\'') && quoted[^1] == quoted[0]
            ? quoted[1..^1].Replace("\\" + quoted[0], quoted[0].ToString()).Replace(@"\\", @"\")
            : quoted;
}
