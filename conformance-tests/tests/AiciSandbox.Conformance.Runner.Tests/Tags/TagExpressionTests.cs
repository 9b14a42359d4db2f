using AiciSandbox.Conformance.Runner.Tags;

namespace AiciSandbox.Conformance.Runner.Tests.Tags;

public class TagExpressionTests
{
    [Theory]
    [InlineData("", "", true)]
    [InlineData("@requis", "@requis", true)]
    [InlineData("@requis", "@lent", false)]
    [InlineData("not @wip", "@requis", true)]
    [InlineData("not @wip", "@wip", false)]
    [InlineData("@a and @b", "@a,@b", true)]
    [InlineData("@a and @b", "@a", false)]
    [InlineData("@a or @b", "@b", true)]
    [InlineData("@a or @b", "@c", false)]
    [InlineData("@requis and not (@lent or @wip)", "@requis", true)]
    [InlineData("@requis and not (@lent or @wip)", "@requis,@lent", false)]
    [InlineData("@requis and not (@lent or @wip)", "@requis,@wip", false)]
    [InlineData("@requis and not (@lent or @wip)", "@lent", false)]
    [InlineData("@a or @b and @c", "@a", true)]
    [InlineData("@a or @b and @c", "@b", false)]
    [InlineData("(@a or @b) and @c", "@a", false)]
    [InlineData("not @a and @b", "@b", true)]
    [InlineData("not @a and @b", "@a,@b", false)]
    [InlineData("not not @a", "@a", true)]
    [InlineData(@"@with\ space", "@with space", true)]
    [InlineData("@Requis", "@requis", false)]
    public void Evaluate_FollowsCucumberSemanticsAndPrecedence(string expression, string tags, bool selected)
    {
        var scenarioTags = tags.Split(',', StringSplitOptions.RemoveEmptyEntries);

        TagExpression.Parse(expression).Evaluate(scenarioTags).Should().Be(selected);
    }

    [Theory]
    [InlineData("@a or @b and @c", "( @a or ( @b and @c ) )")]
    [InlineData("@a and @b or @c", "( ( @a and @b ) or @c )")]
    [InlineData("not @a or @b", "( not ( @a ) or @b )")]
    [InlineData("@a and @b and @c", "( ( @a and @b ) and @c )")]
    public void Parse_GroupsByPrecedenceNotThenAndThenOr(string expression, string grouped)
    {
        TagExpression.Parse(expression).ToString().Should().Be(grouped);
    }

    [Theory]
    [InlineData("@a or", 5, "the expression ended")]
    [InlineData("@a @b", 3, "expected 'and', 'or'")]
    [InlineData("(@a or @b", 9, "never closed")]
    [InlineData("@a and )", 7, "expected a tag")]
    [InlineData("requis", 0, "a tag starts with '@'")]
    [InlineData("not", 3, "the expression ended")]
    [InlineData("@a and and @b", 7, "found 'and'")]
    public void Parse_Malformed_ReportsThePosition(string expression, int position, string problem)
    {
        var act = () => TagExpression.Parse(expression);

        var error = act.Should().Throw<TagExpressionException>().Which;
        error.Position.Should().Be(position);
        error.Message.Should().Contain(problem).And.Contain($"position {position}");
    }
}
