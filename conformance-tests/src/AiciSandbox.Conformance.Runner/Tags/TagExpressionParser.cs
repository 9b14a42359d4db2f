using System.Text;

namespace AiciSandbox.Conformance.Runner.Tags;

/// <summary>
/// Recursive-descent parser for Cucumber tag expressions: <c>or</c> → <c>and</c> → <c>not</c> → tag or parentheses.
/// </summary>
/// <remarks>A backslash escapes a space, a parenthesis or a backslash inside a tag name.</remarks>
internal sealed class TagExpressionParser
{
    private readonly string _expression;
    private readonly List<(string Text, int Position)> _tokens;
    private int _next;

    private TagExpressionParser(string expression)
    {
        _expression = expression;
        _tokens = Tokenize(expression);
    }

    public static TagExpression Parse(string expression)
    {
        var parser = new TagExpressionParser(expression);
        if (parser._tokens.Count == 0) return TagExpression.Always;
        var result = parser.ParseOr();
        if (parser._next < parser._tokens.Count)
            throw parser.Error(parser._tokens[parser._next], "expected 'and', 'or' or the end of the expression");
        return result;
    }

    private TagExpression ParseOr()
    {
        var left = ParseAnd();
        while (Accept("or")) left = new OrExpression(left, ParseAnd());
        return left;
    }

    private TagExpression ParseAnd()
    {
        var left = ParseNot();
        while (Accept("and")) left = new AndExpression(left, ParseNot());
        return left;
    }

    private TagExpression ParseNot() => Accept("not") ? new NotExpression(ParseNot()) : ParsePrimary();

    private TagExpression ParsePrimary()
    {
        if (_next >= _tokens.Count)
            throw new TagExpressionException(_expression, _expression.Length, "expected a tag, 'not' or '(' but the expression ended");
        var token = _tokens[_next++];
        switch (token.Text)
        {
            case "(":
                var inner = ParseOr();
                if (!Accept(")"))
                    throw _next < _tokens.Count
                        ? Error(_tokens[_next], "expected ')'")
                        : new TagExpressionException(_expression, _expression.Length, $"the '(' at position {token.Position} is never closed");
                return inner;
            case ")" or "and" or "or" or "not":
                throw Error(token, "expected a tag, 'not' or '('");
            default:
                return token.Text.StartsWith('@') && token.Text.Length > 1
                    ? new TagLiteral(token.Text)
                    : throw Error(token, "a tag starts with '@'");
        }
    }

    private bool Accept(string keyword)
    {
        if (_next >= _tokens.Count || _tokens[_next].Text != keyword) return false;
        _next++;
        return true;
    }

    private TagExpressionException Error((string Text, int Position) token, string problem) =>
        new(_expression, token.Position, $"{problem}, found '{token.Text}'");

    private static List<(string, int)> Tokenize(string expression)
    {
        var tokens = new List<(string, int)>();
        var current = new StringBuilder();
        var start = 0;
        for (var i = 0; i < expression.Length; i++)
        {
            var c = expression[i];
            if (c == '\\' && i + 1 < expression.Length)
            {
                if (current.Length == 0) start = i;
                current.Append(expression[++i]);
                continue;
            }
            if (char.IsWhiteSpace(c) || c is '(' or ')')
            {
                if (current.Length > 0) tokens.Add((current.ToString(), start));
                current.Clear();
                if (c is '(' or ')') tokens.Add((c.ToString(), i));
                continue;
            }
            if (current.Length == 0) start = i;
            current.Append(c);
        }
        if (current.Length > 0) tokens.Add((current.ToString(), start));
        return tokens;
    }
}
