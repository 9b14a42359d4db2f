using AiciSandbox.Conformance.Runner.Expressions;

namespace AiciSandbox.Conformance.Runner.Tests.Expressions;

public class StepExpressionTests
{
    [Theory]
    [InlineData("{int} factures", "12 factures", "12")]
    [InlineData("{int} factures", "-3 factures", "-3")]
    [InlineData("{long} octets", "9876543210 octets", "9876543210")]
    [InlineData("un montant de {decimal} €", "un montant de 12.50 €", "12.50")]
    [InlineData("un montant de {decimal} €", "un montant de 12,50 €", "12,50")]
    [InlineData("un taux de {double}", "un taux de 0.055", "0.055")]
    [InlineData("un taux de {float}", "un taux de 1.5e3", "1.5e3")]
    [InlineData("le client {string}", "le client \"Jean Dupont\"", "\"Jean Dupont\"")]
    [InlineData("le client {string}", "le client 'Jean Dupont'", "'Jean Dupont'")]
    [InlineData("le code {word}", "le code ERR_42", "ERR_42")]
    [InlineData("la note {}", "la note tout et n'importe quoi", "tout et n'importe quoi")]
    public void Match_BuiltInPlaceholder_CapturesItsText(string expression, string text, string captured)
    {
        StepExpression.Create(expression).Match(text).Should().Equal(captured);
    }

    [Theory]
    [InlineData("{int} factures", "douze factures")]
    [InlineData("{int} factures", "12.5 factures")]
    [InlineData("le code {word}", "le code deux mots")]
    [InlineData("le client {string}", "le client Jean")]
    [InlineData("{int} factures", "12 factures en plus")]
    public void Match_TextOfAnotherShape_DoesNotMatch(string expression, string text)
    {
        StepExpression.Create(expression).Match(text).Should().BeNull();
    }

    [Theory]
    [InlineData("{int} facture(s)", "1 facture")]
    [InlineData("{int} facture(s)", "3 factures")]
    [InlineData("la demande est validée/acceptée", "la demande est validée")]
    [InlineData("la demande est validée/acceptée", "la demande est acceptée")]
    [InlineData("il/elle a {int} an(s)", "elle a 1 an")]
    [InlineData(@"un total \(TTC\) de {int}\/mois", "un total (TTC) de 5/mois")]
    [InlineData("un prix de {int} $ exactement", "un prix de 5 $ exactement")]
    public void Match_OptionalTextAlternativesAndEscapes_Match(string expression, string text)
    {
        StepExpression.Create(expression).Match(text).Should().NotBeNull();
    }

    [Theory]
    [InlineData(@"^(\d+) factures?$", "3 factures", new[] { "3" })]
    [InlineData(@"^le client ""(.*)"" a (\d+) ans", "le client \"Ana\" a 30 ans", new[] { "Ana", "30" })]
    [InlineData(@"il reste (\d+) jours$", "il reste 2 jours", new[] { "2" })]
    public void Create_TextStartingWithCaretOrEndingWithDollar_IsARegex(string expression, string text, string[] captured)
    {
        var compiled = StepExpression.Create(expression);

        compiled.IsRegex.Should().BeTrue();
        compiled.Match(text).Should().Equal(captured);
    }

    [Fact]
    public void Create_PlainTextWithRegexLookingParts_IsStillACucumberExpression()
    {
        var compiled = StepExpression.Create("le fichier a.b existe");

        compiled.IsRegex.Should().BeFalse();
        compiled.Match("le fichier axb existe").Should().BeNull("the dot is literal text");
    }

    [Fact]
    public void Create_ParameterPatternsWithGroups_DoNotShiftPositions()
    {
        var compiled = StepExpression.Create("de {période} à {int}", (name, _) => name == "période" ? @"(\d+) (jours|mois)" : null);

        compiled.Match("de 3 mois à 7").Should().Equal("3 mois", "7");
    }

    [Theory]
    [InlineData("{inconnu} factures", "Undefined parameter type 'inconnu'")]
    [InlineData("une (facture", "column 5:*The '(' does not have a matching ')'")]
    [InlineData("une fac)t(ure", "column 10:*The '(' does not have a matching ')'")]
    [InlineData("un/{int} chat", "Alternative may not be empty")]
    [InlineData("une () facture", "An optional must contain some text")]
    public void Create_MalformedExpression_ExplainsTheProblem(string expression, string problem)
    {
        var act = () => StepExpression.Create(expression);

        act.Should().Throw<ExpressionException>().WithMessage($"*{problem}*");
    }
}
